/**
 * Result codes: a short text a person can show, read aloud or type at a consultation, from
 * which a clinician's copy of the tool rebuilds exactly the answers and profile (and so the
 * whole scoring trace). Nothing leaves the device; the person carries the code.
 *
 *   DUDIT-1.0.0-242112345123-1YT6          (no date: codes made before dates were added)
 *   DUDIT-1.0.0-242112345123-2612-XXXX     (with the month of the check: December 2026)
 *   └─id─┘└ver┘└─payload──┘ └date┘└chk┘
 *
 * - id and version name the exact definition (id upper-cased; ids may contain hyphens, so the
 *   code is read from the right: check, payload, version, then the rest is the id).
 * - payload: one profile symbol, then one symbol per item in definition order. Symbols are
 *   Crockford base32 (0-9 and A-Z without I, L, O, U): case-insensitive and free of look-alike
 *   letters, and on input O is read as 0 and I or L as 1, as Crockford specifies.
 *   Item symbol 0 = not shown; k + 1 = the option at index k in the definition.
 *   Profile symbol 0 = no sex recorded (the definition does not ask it); k + 1 = SEX_VALUES[k].
 * - date (optional): the month the check was done, as four digits YYMM (years 2000 to 2099),
 *   so that a person can compare a later result with this one. Month precision only: a day
 *   would say more about the person than a comparison needs. A code without it is still valid;
 *   the decoder tells the two forms apart by where the version (the one group with dots) is.
 * - check: CRC-16 of everything before the last hyphen, as 4 base32 symbols.
 *
 * The checksum catches typing mistakes, not forgery: anyone can compute it. A code holds no
 * more than the answers themselves.
 *
 * Decoding is in result-code-decode.ts: only the clinician pages read codes, so the self-check's
 * first load carries the encoder alone.
 */
import type { Definition } from "./schema/definition";
import { SEX_VALUES } from "./profile-values";
import { score } from "./score";
import type { Answers, Profile, ScoringProblem } from "./types";

export const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const CHECK_LENGTH = 4;
const MAX_SYMBOL = ALPHABET.length - 1;
export const ID_PATTERN = /^[A-Z][A-Z0-9-]*$/;
export const VERSION_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** The month a check was done (month 1 to 12). */
export type CheckMonth = { year: number; month: number };

/** YYMM, e.g. 2612 for December 2026. */
export function monthSymbols(month: CheckMonth): string {
  if (!Number.isInteger(month.year) || month.year < 2000 || month.year > 2099 || !Number.isInteger(month.month) || month.month < 1 || month.month > 12) {
    throw new Error(`result code: ${month.year}-${month.month} is not a month between 2000-01 and 2099-12`);
  }
  return `${String(month.year - 2000).padStart(2, "0")}${String(month.month).padStart(2, "0")}`;
}

/** The month a YYMM group names, or null when it is not one. */
export function parseMonthSymbols(group: string): CheckMonth | null {
  const match = /^(\d{2})(0[1-9]|1[0-2])$/.exec(group);
  return match === null ? null : { year: 2000 + Number(match[1]), month: Number(match[2]) };
}

export type ResultCodeError = {
  code: "malformed" | "checksum" | "future-month" | "unknown-questionnaire" | "invalid-answers";
  message: string;
};

/**
 * CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF), bit by bit over ASCII text.
 * Written out here because the engine may use neither Node's crypto nor browser APIs, and a
 * table would cost more bytes than this loop. 16 bits keep the check to 4 symbols, short
 * enough to read aloud, while any CRC of degree 16 still detects every error confined to 16
 * consecutive bits: every single changed character and every swap of two neighbours.
 */
export function crc16(text: string): number {
  let crc = 0xffff;
  for (let index = 0; index < text.length; index++) {
    crc ^= (text.charCodeAt(index) & 0xff) << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc;
}

/** The check group for the text before it: CRC-16 as 4 base32 symbols, most significant first. */
export function checkSymbols(body: string): string {
  const crc = crc16(body);
  let symbols = "";
  for (let shift = (CHECK_LENGTH - 1) * 5; shift >= 0; shift -= 5) symbols += ALPHABET[(crc >> shift) & 31];
  return symbols;
}

function symbolFor(value: number): string {
  const symbol = ALPHABET[value];
  if (symbol === undefined) throw new Error(`result code: value ${value} does not fit in one symbol`);
  return symbol;
}

/** Crockford decoding: case-insensitive, O as 0, I and L as 1. -1 for anything else. */
export function valueOf(symbol: string): number {
  const upper = symbol.toUpperCase();
  const canonical = upper === "O" ? "0" : upper === "I" || upper === "L" ? "1" : upper;
  return ALPHABET.indexOf(canonical);
}

export function describeProblem(definition: Definition, problem: ScoringProblem): string {
  switch (problem.code) {
    case "unknown-item":
      return `item ${problem.itemId} is not part of ${definition.id} ${definition.version}`;
    case "unknown-option":
      return `item ${problem.itemId} has no option "${problem.optionId}"`;
    case "answer-to-hidden-item":
      return `item ${problem.itemId} is answered although the earlier answers hide it`;
    case "missing-answer":
      return `item ${problem.itemId} is shown but has no answer`;
    case "missing-profile":
      return `the ${problem.field} the questionnaire asks for is missing`;
    case "invalid-profile":
      return `the ${problem.field} "${problem.value}" is not a recognised value`;
    case "no-band":
      return `score ${problem.score} = ${problem.value} falls in no band`;
  }
}

/**
 * The result code for a complete, valid set of answers.
 *
 * @param month the month of the check; without it the code has no date group (the older form).
 * @throws Error when the answers and profile do not score (incomplete, unknown option, answer
 *   to a hidden item, missing sex): a code is only made for a result the person actually saw,
 *   so that every code decodes. Also when an item has more than 31 options, or the month is
 *   outside 2000-01 to 2099-12.
 */
export function encodeResultCode(definition: Definition, answers: Answers, profile: Profile, month?: CheckMonth): string {
  const outcome = score(definition, answers, profile);
  if (!outcome.ok) {
    const reasons = outcome.problems.map((problem) => describeProblem(definition, problem)).join("; ");
    throw new Error(`cannot make a result code for ${definition.id}@${definition.version}: ${reasons}`);
  }
  // Only what the definition asks is recorded; the Profile type leaves other fields absent.
  const sex = definition.profile.includes("sex") ? profile.sex : undefined;
  let payload = symbolFor(sex === undefined ? 0 : SEX_VALUES.indexOf(sex) + 1);
  for (const item of definition.items) {
    if (item.options.length > MAX_SYMBOL) throw new Error(`result code: item ${item.id} has more than ${MAX_SYMBOL} options`);
    const optionId = answers[item.id];
    payload += symbolFor(optionId === undefined ? 0 : item.options.findIndex((option) => option.id === optionId) + 1);
  }
  const date = month === undefined ? "" : `-${monthSymbols(month)}`;
  const body = `${definition.id.toUpperCase()}-${definition.version}-${payload}${date}`;
  return `${body}-${checkSymbols(body)}`;
}
