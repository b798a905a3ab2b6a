// What a message's plaintext holds, shared by the person's page and the console: the text the
// person or counsellor wrote and, only when the person ticked it, their self-check result
// (check, band, score, result code: nothing else about the answers). JSON inside the
// encryption, so the server sees none of it. A plaintext that is not a letter (an older or
// foreign client) is shown as plain text rather than refused.

export type AttachedResult = {
  /** id@version of the questionnaire, e.g. dudit@1.0.0. */
  check: string;
  band: string;
  score: number;
  max: number;
  /** The result code a clinician can decode; null when the answers did not give one. */
  code: string | null;
};

export type Letter = { v: 1; text: string; result?: AttachedResult };

export function encodeLetter(letter: Letter): string {
  return JSON.stringify(letter);
}

function isAttachedResult(value: unknown): value is AttachedResult {
  if (value === null || typeof value !== "object") return false;
  const r = value as Record<string, unknown>;
  return typeof r["check"] === "string" && typeof r["band"] === "string" && typeof r["score"] === "number" && typeof r["max"] === "number" && (r["code"] === null || typeof r["code"] === "string");
}

export function decodeLetter(plaintext: string): Letter {
  try {
    const parsed = JSON.parse(plaintext) as unknown;
    if (parsed !== null && typeof parsed === "object" && (parsed as Record<string, unknown>)["v"] === 1 && typeof (parsed as Record<string, unknown>)["text"] === "string") {
      const { text, result } = parsed as { text: string; result?: unknown };
      return isAttachedResult(result) ? { v: 1, text, result } : { v: 1, text };
    }
  } catch {
    // Not JSON: plain text below.
  }
  return { v: 1, text: plaintext };
}
