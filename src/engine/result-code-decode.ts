/**
 * Reading a result code back (the format is described in result-code.ts). A separate module
 * because only the clinician pages and the CLI decode: the self-check bundle needs the encoder only.
 */
import { SEX_VALUES } from "./profile-values";
import type { Definition } from "./schema/definition";
import { ALPHABET, CHECK_LENGTH, checkSymbols, describeProblem, ID_PATTERN, parseMonthSymbols, valueOf, VERSION_PATTERN, type CheckMonth, type ResultCodeError } from "./result-code";
import { score } from "./score";
import type { Answers, Profile } from "./types";

export type DecodedResultCode = { ok: true; questionnaire: string; answers: Answers; profile: Profile; month?: CheckMonth } | { ok: false; error: ResultCodeError };

const fail = (code: ResultCodeError["code"], message: string): DecodedResultCode => ({ ok: false, error: { code, message } });

/** Reads symbols into Crockford canonical form, or null if any is not a base32 symbol. */
function canonicalSymbols(group: string): string | null {
  let canonical = "";
  for (const symbol of group) {
    const value = valueOf(symbol);
    if (value < 0) return null;
    canonical += ALPHABET[value];
  }
  return canonical;
}

/**
 * The latest month it can be anywhere on Earth at this instant (UTC+14, the Line Islands, is
 * the furthest ahead), for `thisMonth` below: a code made a minute ago in Kiribati is not from
 * the future for a clinician in Lisbon.
 */
export function latestMonthAnywhere(now: Date): CheckMonth {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() + 1;
  // Calendar arithmetic by hand: the engine creates no dates (tests/engine/purity.test.ts).
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
  const minutesLeftInMonth = ((daysInMonth - now.getUTCDate()) * 24 + (23 - now.getUTCHours())) * 60 + (60 - now.getUTCMinutes());
  if (minutesLeftInMonth > 14 * 60) return { year, month };
  return month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
}

/** Whether a month comes after another. */
const later = (a: CheckMonth, b: CheckMonth): boolean => a.year > b.year || (a.year === b.year && a.month > b.month);

/**
 * Rebuilds the answers and profile from a result code, checking in turn its shape, its
 * checksum, that its month is not after `thisMonth`, that the questionnaire version exists here,
 * and that the answers are a complete, valid set for that definition. Spaces are ignored,
 * typographic dashes count as hyphens, and letters may be in either case.
 *
 * A code records what a person answered; it is not a proof of it. The check is a public CRC that
 * catches typing mistakes, not a signature: anyone can make a valid code with other answers.
 * Every screen that shows a decoded code says so.
 *
 * @param thisMonth the month it is now where the code is read (the caller's clock, so that the
 *   engine stays pure and tests can fix it): a code from a later month cannot be real.
 */
export function decodeResultCode(code: string, findDefinition: (id: string, version: string) => Definition | undefined, thisMonth: CheckMonth): DecodedResultCode {
  // Word processors and phones turn hyphens into dashes; read them back as hyphens.
  const text = code
    .replace(/\s+/g, "")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .toUpperCase();
  const parts = text.split("-");
  if (parts.length < 4) {
    return fail("malformed", "This is not a result code: a result code looks like DUDIT-1.0.0-242112345123-1YT6 (name, version, answers and a check, separated by hyphens).");
  }
  // The version is the only group with dots: after it come the answers, then either the check
  // (older codes) or the month and the check.
  const dated = !VERSION_PATTERN.test(parts[parts.length - 3] ?? "") && parts.length >= 5 && VERSION_PATTERN.test(parts[parts.length - 4] ?? "");
  const tail = dated ? 4 : 3;
  const checkGroup = parts[parts.length - 1] ?? "";
  const dateGroup = dated ? (parts[parts.length - 2] ?? "") : null;
  const payloadGroup = parts[parts.length - tail + 1] ?? "";
  const version = parts[parts.length - tail] ?? "";
  const idUpper = parts.slice(0, -tail).join("-");
  if (!ID_PATTERN.test(idUpper)) return fail("malformed", `The result code does not start with a questionnaire name (found "${idUpper}").`);
  if (!VERSION_PATTERN.test(version)) return fail("malformed", `The result code has no valid version after the questionnaire name (found "${version}"; expected something like 1.0.0).`);
  const payload = canonicalSymbols(payloadGroup);
  if (payload === null || payload.length < 2) {
    return fail("malformed", `The answers part of the result code ("${payloadGroup}") must be at least two characters from 0-9 and A-Z (without I, L, O, U).`);
  }
  const check = canonicalSymbols(checkGroup);
  if (check === null || check.length !== CHECK_LENGTH) {
    return fail("malformed", `The check at the end of the result code ("${checkGroup}") must be exactly ${CHECK_LENGTH} characters from 0-9 and A-Z; the code may be cut short.`);
  }
  const month = dateGroup === null ? null : parseMonthSymbols(dateGroup);
  if (dateGroup !== null && month === null) {
    return fail("malformed", `The date in the result code ("${dateGroup}") must be four digits, year and month (YYMM, e.g. 2612 for December 2026).`);
  }
  const body = `${idUpper}-${version}-${payload}${dateGroup === null ? "" : `-${dateGroup}`}`;
  if (checkSymbols(body) !== check) {
    return fail("checksum", "The result code does not add up: a character may have been mistyped, left out or changed. Compare it with the original, character by character.");
  }

  if (month !== null && later(month, thisMonth)) {
    return fail(
      "future-month",
      `The month in the result code (${dateGroup ?? ""}: ${month.year}-${String(month.month).padStart(2, "0")}) has not come yet, so this cannot be a real result code. Compare the month, the four digits before the check, with the original.`,
    );
  }
  const id = idUpper.toLowerCase();
  const definition = findDefinition(id, version);
  if (definition === undefined) {
    return fail("unknown-questionnaire", `This result code was made with ${id}@${version}, which this copy of the tool does not have.`);
  }
  const itemSymbols = payload.slice(1);
  if (itemSymbols.length !== definition.items.length) {
    return fail("invalid-answers", `The result code holds ${itemSymbols.length} answers, but ${id}@${version} has ${definition.items.length} items.`);
  }

  const profileValue = valueOf(payload[0] ?? "");
  const sex = profileValue === 0 ? undefined : SEX_VALUES[profileValue - 1];
  if (profileValue !== 0 && (sex === undefined || !definition.profile.includes("sex"))) {
    return fail("invalid-answers", `The result code's profile character "${payload[0] ?? ""}" is not valid for ${id}@${version}.`);
  }
  const answers: Record<string, string> = {};
  for (const [index, item] of definition.items.entries()) {
    const value = valueOf(itemSymbols[index] ?? "");
    if (value === 0) continue;
    const option = item.options[value - 1];
    if (option === undefined) {
      return fail("invalid-answers", `The result code gives item ${item.id} answer number ${value}, but that item has only ${item.options.length} options.`);
    }
    answers[item.id] = option.id;
  }
  const profile: Profile = sex === undefined ? {} : { sex };
  const outcome = score(definition, answers, profile);
  if (!outcome.ok) {
    const reasons = outcome.problems.map((problem) => describeProblem(definition, problem)).join("; ");
    return fail("invalid-answers", `The answers in the result code are not a valid set for ${id}@${version}: ${reasons}.`);
  }
  return month === null ? { ok: true, questionnaire: `${id}@${version}`, answers, profile } : { ok: true, questionnaire: `${id}@${version}`, answers, profile, month };
}
