/**
 * Keeping a pickup code on this device: only when the person ticks it (ePrivacy: storage for a
 * service they asked for), with one-tap delete. Nothing else of the contact is ever stored.
 */
const KEY = "selfcheck-contact-codes";

export function keptCodes(): string[] {
  try {
    const parsed = JSON.parse(window.localStorage.getItem(KEY) ?? "[]") as unknown;
    return Array.isArray(parsed) ? parsed.filter((entry): entry is string => typeof entry === "string") : [];
  } catch {
    return [];
  }
}

export function keepCode(code: string): void {
  const codes = keptCodes().filter((kept) => kept !== code);
  window.localStorage.setItem(KEY, JSON.stringify([...codes, code]));
}

export function forgetCode(code: string): void {
  const codes = keptCodes().filter((kept) => kept !== code);
  if (codes.length === 0) window.localStorage.removeItem(KEY);
  else window.localStorage.setItem(KEY, JSON.stringify(codes));
}
