import { describe, expect, it } from "vitest";
import { decodeForClinician } from "../../src/app/clinician/decode-code";
import { ALPHABET, checkSymbols, encodeResultCode, monthSymbols, type CheckMonth } from "../../src/engine/result-code";
import { decodeResultCode, type DecodedResultCode } from "../../src/engine/result-code-decode";
import { SEX_VALUES, type Definition } from "../../src/engine/schema/definition";
import { score } from "../../src/engine/score";
import type { Answers, Profile } from "../../src/engine/types";
import { nextItem } from "../../src/engine/visibility";
import { bundledDefinitions } from "../support/content";
import { fuzzSeed, seededRandom, type Random } from "../support/fuzz";

/*
 * Issue 12, "Bad input, measured": 10,000 random and tampered result codes through the engine's
 * decoder and the clinician page's parser (decodeForClinician, which DecodePage calls).
 *
 * Tampered = one change to a valid code for random answers to a random bundled definition:
 * a character replaced, two neighbours swapped, one deleted or one inserted. A tampered code may
 * only be refused, or decode to exactly the original result: Crockford base32 reads O as 0 and
 * I or L as 1, letters in either case, spaces are ignored and typographic dashes are hyphens,
 * so some changes are another spelling of the same code. Decoding to any other result is a
 * failure. Random codes may decode only if they are a valid code (rare: the 16-bit check must
 * match by chance, or be computed, as in "forged-check").
 *
 * Half of the codes carry the month of the check (YYMM before the check, as the app makes them
 * since issue 11), half are in the older form without it; the month is part of the result, so
 * a tampered month must be refused too.
 */

/** FUZZ_RUNS only shortens a run while working on this file; the suite runs the full 10,000. */
const RUNS = Number(process.env["FUZZ_RUNS"] ?? 10_000);
const SEED = fuzzSeed();

const definitions = bundledDefinitions();
// Keyed as DecodePage's loadAllDefinitions keys them.
const byKey = new Map(definitions.map((definition) => [`${definition.id}@${definition.version}`, definition]));
const find = (id: string, version: string): Definition | undefined => byKey.get(`${id}@${version}`);

/** Walks the questionnaire as the wizard does, taking a random option at each shown item. */
function randomResult(definition: Definition, random: Random): { answers: Answers; profile: Profile } {
  const answers: Record<string, string> = {};
  for (let item = nextItem(definition, answers); item !== null; item = nextItem(definition, answers)) answers[item.id] = random.pick(item.options).id;
  return { answers, profile: definition.profile.includes("sex") ? { sex: random.pick(SEX_VALUES) } : {} };
}

/**
 * Characters a change may bring in: every canonical symbol, the look-alikes and lower case the
 * decoder reads as symbols, separators, white space, and non-ASCII characters chosen to slip past
 * a careless check: "Ł" (U+0141) and "Ń" (U+0143) have the low bytes of "A" and "C", which is all
 * the CRC reads of a character; "ı" and "ſ" upper-case to ASCII "I" and "S"; "ß" upper-cases to two
 * letters; full-width and Arabic-Indic digits; a combining mark; an emoji; NUL.
 */
const POOL = [
  ...ALPHABET,
  ..."abcdefghijklmnopqrstuvwxyz",
  ..."OILU",
  ..."-._/+#@ ",
  "\t",
  "\n",
  "\u00a0",
  "\u2010",
  "\u2013",
  "\u2014",
  "\u2212",
  "\u0141",
  "\u0143",
  "\u0131",
  "\u017f",
  "\u00df",
  "\uff11",
  "\u0663",
  "\u0301",
  "🙂",
  "\u0000",
];

const CLASSES = ["replace", "swap-neighbours", "delete", "insert", "random-text", "random-shaped", "forged-check"] as const;
type CodeClass = (typeof CLASSES)[number];
const TAMPERING: readonly CodeClass[] = ["replace", "swap-neighbours", "delete", "insert"];

type Case = { input: string; original?: { code: string; questionnaire: string; answers: Answers; profile: Profile; month: CheckMonth | undefined } };

/**
 * The codes are read as in December 2099, the last month a code can carry, so that every month
 * the fuzz makes is in the past; the refusal of later months is tested in result-code-future.test.ts.
 */
const LAST_MONTH: CheckMonth = { year: 2099, month: 12 };
const LAST_MONTH_DATE = new Date(Date.UTC(2099, 11, 15));

/** A month in the range codes can carry (2000-01 to 2099-12), or none (the older form) half of the time. */
const randomMonth = (random: Random): CheckMonth | undefined => (random.chance(0.5) ? { year: 2000 + random.below(100), month: 1 + random.below(12) } : undefined);

function tamper(codeClass: CodeClass, code: string, random: Random): string | undefined {
  const at = random.below(code.length);
  switch (codeClass) {
    case "replace": {
      const replacement = random.pick(POOL.filter((character) => character !== code[at]));
      return code.slice(0, at) + replacement + code.slice(at + 1);
    }
    case "swap-neighbours": {
      const first = random.below(code.length - 1);
      if (code[first] === code[first + 1]) return undefined;
      return code.slice(0, first) + (code[first + 1] ?? "") + (code[first] ?? "") + code.slice(first + 2);
    }
    case "delete":
      return code.slice(0, at) + code.slice(at + 1);
    case "insert":
      return code.slice(0, at) + random.pick(POOL) + code.slice(at);
    default:
      return undefined;
  }
}

function randomText(random: Random): string {
  if (random.chance(0.01)) return random.pick(POOL).repeat(50_000 + random.below(100_000));
  return Array.from({ length: random.below(60) }, () => random.pick(POOL)).join("");
}

/** ID-VERSION-PAYLOAD-CHECK with parts drawn from plausible and implausible values. */
function randomShaped(random: Random, computeCheck: boolean): string {
  const definition = random.pick(definitions);
  const id = random.chance(0.8) ? definition.id.toUpperCase() : random.pick(["DUDIT", "AUDIT-C", "X", "AUDIT-C-1", "CONSTRUCTOR", "__PROTO__", "A-B-C"]);
  const version = random.chance(0.8) ? definition.version : random.pick(["1.0.1", "2.0.0", "01.0.0", "1.0", "9007199254740993.0.0"]);
  const length = random.chance(0.7) ? definition.items.length + 1 : random.below(40);
  const payload = Array.from({ length }, () => ALPHABET[random.below(random.chance(0.7) ? 6 : ALPHABET.length)]).join("");
  const date = random.chance(0.5) ? "" : `-${random.chance(0.8) ? monthSymbols({ year: 2000 + random.below(100), month: 1 + random.below(12) }) : String(random.below(10_000)).padStart(4, "0")}`;
  const body = `${id}-${version}-${payload}${date}`;
  const check = computeCheck ? checkSymbols(body) : Array.from({ length: random.chance(0.8) ? 4 : random.below(7) }, () => random.pick([...ALPHABET])).join("");
  return `${body}-${check}`;
}

/** What a decoded result means, for comparing two decodes: the month (or its absence) included. */
const meaning = (questionnaire: string, answers: Answers, profile: Profile, month: CheckMonth | undefined) => JSON.stringify([questionnaire, answers, profile, month ?? null]);
const resultOf = (decoded: DecodedResultCode) => (decoded.ok ? meaning(decoded.questionnaire, decoded.answers, decoded.profile, decoded.month) : undefined);

type Tally = { codes: number; refused: number; sameResult: number; otherResult: number; validCode: number; crashes: number };

describe(`result codes under ${RUNS} seeded random and tampered inputs (FUZZ_SEED=${SEED})`, () => {
  it("never throws, never accepts a tampered code as another result, and the decoder page agrees with the engine", { timeout: 120_000 }, () => {
    const started = performance.now();
    const random = seededRandom(SEED);
    const tally = new Map<CodeClass, Tally>(CLASSES.map((name) => [name, { codes: 0, refused: 0, sameResult: 0, otherResult: 0, validCode: 0, crashes: 0 }]));
    const crashes: string[] = [];
    const acceptedTampered: string[] = [];
    const invalidAccepted: string[] = [];
    const disagreements: string[] = [];
    const badMessages: string[] = [];

    for (let index = 0; index < RUNS; index++) {
      const codeClass = random.pick(CLASSES);
      let testCase: Case | undefined;
      while (testCase === undefined) {
        if (TAMPERING.includes(codeClass)) {
          const definition = random.pick(definitions);
          const { answers, profile } = randomResult(definition, random);
          const month = randomMonth(random);
          const code = encodeResultCode(definition, answers, profile, month);
          const input = tamper(codeClass, code, random);
          if (input !== undefined) testCase = { input, original: { code, questionnaire: `${definition.id}@${definition.version}`, answers, profile, month } };
        } else testCase = { input: codeClass === "random-text" ? randomText(random) : randomShaped(random, codeClass === "forged-check") };
      }
      const counts = tally.get(codeClass);
      if (counts === undefined) throw new Error("unreachable");
      counts.codes++;
      const label = `#${index} ${codeClass} ${JSON.stringify(testCase.input.slice(0, 80))}${testCase.original === undefined ? "" : ` (from ${testCase.original.code})`}`;

      let engine: DecodedResultCode;
      let page: ReturnType<typeof decodeForClinician>;
      try {
        engine = decodeResultCode(testCase.input, find, LAST_MONTH);
        page = decodeForClinician(testCase.input, byKey, LAST_MONTH_DATE);
      } catch (error) {
        counts.crashes++;
        crashes.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }

      // The page must say exactly what the engine says, and show the same result.
      const pageResult = page.ok ? meaning(`${page.definition.id}@${page.definition.version}`, page.answers, page.profile, page.month) : undefined;
      if (pageResult !== resultOf(engine) || (!page.ok && !engine.ok && page.message !== engine.error.message)) disagreements.push(label);

      if (!engine.ok) {
        counts.refused++;
        if (engine.error.message.trim().length < 20 || !/\S\s+\S/.test(engine.error.message)) badMessages.push(`${label}: "${engine.error.message}"`);
        continue;
      }
      const definition = find(...(engine.questionnaire.split("@") as [string, string]));
      const original = testCase.original;
      if (original !== undefined) {
        if (resultOf(engine) === meaning(original.questionnaire, original.answers, original.profile, original.month)) counts.sameResult++;
        else {
          counts.otherResult++;
          acceptedTampered.push(`${label} -> ${resultOf(engine) ?? ""}`);
        }
        continue;
      }
      // A random code that decodes must be a code the tool could have made: the answers score,
      // and encoding them again gives a code that decodes to the same result.
      const again = definition === undefined ? undefined : encodeResultCode(definition, engine.answers, engine.profile, engine.month);
      if (definition !== undefined && score(definition, engine.answers, engine.profile).ok && again !== undefined && resultOf(decodeResultCode(again, find, LAST_MONTH)) === resultOf(engine))
        counts.validCode++;
      else invalidAccepted.push(label);
    }

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const rows = CLASSES.map((name) => ({ class: name, ...tally.get(name) }));
    console.log(`result code fuzz: FUZZ_SEED=${SEED}, ${RUNS} codes over ${definitions.length} definitions in ${seconds} s`);
    console.table(rows);

    expect(crashes.slice(0, 5), `${crashes.length} crashes`).toEqual([]);
    expect(acceptedTampered.slice(0, 10), `${acceptedTampered.length} tampered codes decoded to another result`).toEqual([]);
    expect(invalidAccepted.slice(0, 10), `${invalidAccepted.length} random codes accepted that are not valid codes`).toEqual([]);
    expect(disagreements.slice(0, 10), `${disagreements.length} codes where the decoder page and the engine disagree`).toEqual([]);
    expect(badMessages.slice(0, 10), `${badMessages.length} refusals without a sentence`).toEqual([]);
    for (const row of rows) {
      expect(row.refused, `${row.class}: refused`).toBeGreaterThan(0);
      expect((row.refused ?? 0) + (row.sameResult ?? 0) + (row.otherResult ?? 0) + (row.validCode ?? 0) + (row.crashes ?? 0), row.class).toBe(row.codes);
    }
    // Computed checks get past the checksum, so the answers themselves must be checked: most forged payloads are not a valid answer set.
    const forged = tally.get("forged-check");
    expect(forged?.refused ?? 0).toBeGreaterThan((forged?.codes ?? 0) / 2);
    expect(rows.reduce((sum, row) => sum + (row.codes ?? 0), 0)).toBe(RUNS);
  });

  it("refuses every single-character replacement that changes what a code says, at every position of codes for every definition", () => {
    // The CRC argument, checked exhaustively for a sample: a replacement changes one byte of the
    // text the CRC reads (or is a look-alike of the same symbol), and CRC-16/CCITT detects every
    // error within 16 consecutive bits.
    const random = seededRandom(SEED + 1);
    let tried = 0;
    let refused = 0;
    let sameResult = 0;
    const accepted: string[] = [];
    for (const definition of definitions) {
      for (let sample = 0; sample < 4; sample++) {
        const { answers, profile } = randomResult(definition, random);
        // Two samples in the older form, two with a month.
        const month = sample % 2 === 0 ? undefined : { year: 2000 + random.below(100), month: 1 + random.below(12) };
        const code = encodeResultCode(definition, answers, profile, month);
        const expected = meaning(`${definition.id}@${definition.version}`, answers, profile, month);
        for (let at = 0; at < code.length; at++) {
          for (const character of POOL) {
            if (character === code[at]) continue;
            const changed = code.slice(0, at) + character + code.slice(at + 1);
            const decoded = decodeResultCode(changed, find, LAST_MONTH);
            tried++;
            if (!decoded.ok) refused++;
            else if (resultOf(decoded) === expected) sameResult++;
            else accepted.push(`${changed} (from ${code})`);
          }
        }
      }
    }
    console.log(`single-character replacements: ${tried} tried, ${refused} refused, ${sameResult} another spelling of the same code, ${accepted.length} accepted as another result`);
    expect(accepted).toEqual([]);
    expect(refused).toBeGreaterThan(tried * 0.9);
  });
});
