import fc from "fast-check";
import { describe, expect, it } from "vitest";
import auditJson from "../../questionnaires/audit/1.0.0.json";
import auditCJson from "../../questionnaires/audit-c/1.0.0.json";
import duditJson from "../../questionnaires/dudit/1.0.0.json";
import { checkSymbols, crc16, encodeResultCode } from "../../src/engine/result-code";
import { decodeResultCode } from "../../src/engine/result-code-decode";
import { Definition, SEX_VALUES } from "../../src/engine/schema/definition";
import { score } from "../../src/engine/score";
import type { Answers, Profile } from "../../src/engine/types";
import { nextItem } from "../../src/engine/visibility";
import { DUDIT_EXAMPLE_ANSWERS, DUDIT_EXAMPLE_PROFILE } from "../support/dudit-example";

const dudit = Definition.parse(duditJson);
const audit = Definition.parse(auditJson);
const auditC = Definition.parse(auditCJson);
const definitions = [dudit, audit, auditC];

const findDefinition = (id: string, version: string): Definition | undefined => definitions.find((definition) => definition.id === id && definition.version === version);
/** The month the codes are read in: the clock is the caller's, fixed here. */
const READ_IN = { year: 2026, month: 12 };

/** Walks the questionnaire as the wizard does, taking choices[k] (mod the option count) at the k-th shown item. */
function answersFrom(definition: Definition, choices: readonly number[]): Answers {
  const answers: Record<string, string> = {};
  for (let step = 0; ; step++) {
    const item = nextItem(definition, answers);
    if (item === null) return answers;
    const option = item.options[(choices[step] ?? 0) % item.options.length];
    if (option === undefined) throw new Error("unreachable: modulo keeps the index in range");
    answers[item.id] = option.id;
  }
}

const profileFor = (definition: Definition, sex: (typeof SEX_VALUES)[number]): Profile => (definition.profile.includes("sex") ? { sex } : {});

const answerSets = (definition: Definition) =>
  fc
    .record({
      choices: fc.array(fc.nat({ max: 30 }), { minLength: definition.items.length, maxLength: definition.items.length }),
      sex: fc.constantFrom(...SEX_VALUES),
    })
    .map(({ choices, sex }) => ({ answers: answersFrom(definition, choices), profile: profileFor(definition, sex) }));

/*
 * The fixed DUDIT example, worked out by hand from questionnaires/dudit/1.0.0.json.
 * Profile: male = SEX_VALUES index 1 -> symbol 2.
 * Items (option index in the definition -> symbol index + 1):
 *   q1 two-to-three-a-week 3 -> 4   q2 monthly-or-less 1 -> 2   q3 none 0 -> 1
 *   q4 never 0 -> 1                 q5 less-than-monthly 1 -> 2 q6 monthly 2 -> 3
 *   q7 weekly 3 -> 4                q8 daily 4 -> 5             q9 never 0 -> 1
 *   q10 yes-not-past-year 1 -> 2    q11 yes-past-year 2 -> 3
 * Payload "2" + "42112345123"; body "DUDIT-1.0.0-242112345123".
 * CRC-16/CCITT-FALSE of the body, computed independently with Python's standard library,
 * binascii.crc_hqx(b"DUDIT-1.0.0-242112345123", 0xFFFF) = 0xFB46 = 64326.
 * As 20 bits: 00001 11110 11010 00110 = 1, 30, 26, 6 -> "1", "Y", "T", "6" in
 * 0123456789ABCDEFGHJKMNPQRSTVWXYZ.
 * Points: 3+1+0+0+1+2+3+4+0+2+4 = 20, in the men's band 6-24, "drug-related-problems".
 */
const fixedAnswers: Answers = DUDIT_EXAMPLE_ANSWERS;
const fixedProfile: Profile = DUDIT_EXAMPLE_PROFILE;
const FIXED_CODE = "DUDIT-1.0.0-242112345123-1YT6";

describe("crc16", () => {
  it("matches the catalogued check value of CRC-16/CCITT-FALSE", () => {
    // The standard check input "123456789" gives 0x29B1 (also binascii.crc_hqx(b"123456789", 0xFFFF)).
    expect(crc16("123456789")).toBe(0x29b1);
  });
});

describe("encodeResultCode", () => {
  it("gives the hand-worked code for a fixed DUDIT answer set", () => {
    expect(encodeResultCode(dudit, fixedAnswers, fixedProfile)).toBe(FIXED_CODE);
  });

  it("writes 0 for items skip logic hides and for a profile the definition does not ask", () => {
    // AUDIT, q1 never (index 0 -> 1) hides q2-q8 (0 each); q9 no -> 1, q10 yes-last-year (2) -> 3; no sex asked -> 0.
    const code = encodeResultCode(audit, { q1: "never", q9: "no", q10: "yes-last-year" }, {});
    expect(code.startsWith("AUDIT-1.0.0-01000000013-")).toBe(true);
  });

  it("refuses to encode an incomplete answer set, so that no code fails to decode", () => {
    expect(() => encodeResultCode(dudit, { q1: "never" }, fixedProfile)).toThrow(/item q2 is shown but has no answer/);
  });

  it("refuses to encode without the sex the definition asks for", () => {
    expect(() => encodeResultCode(dudit, fixedAnswers, {})).toThrow(/the sex the questionnaire asks for is missing/);
  });
});

describe("decodeResultCode", () => {
  it("decodes the fixed code to exactly its answers and profile, and it scores 20", () => {
    const decoded = decodeResultCode(FIXED_CODE, findDefinition, READ_IN);
    expect(decoded).toEqual({ ok: true, questionnaire: "dudit@1.0.0", answers: fixedAnswers, profile: fixedProfile });
    if (!decoded.ok) return;
    const outcome = score(dudit, decoded.answers, decoded.profile);
    expect(outcome.ok && outcome.result.scores[0]?.value).toBe(20);
    expect(outcome.ok && outcome.result.scores[0]?.band.id).toBe("drug-related-problems");
  });

  it("accepts lower case, spaces, typographic dashes, and Crockford's look-alikes O for 0 and I or L for 1", () => {
    const expected = { ok: true, questionnaire: "dudit@1.0.0", answers: fixedAnswers, profile: fixedProfile };
    expect(decodeResultCode(FIXED_CODE.toLowerCase(), findDefinition, READ_IN)).toEqual(expected);
    expect(decodeResultCode(" DUDIT-1.0.0- 2421 1234 5123 -1YT6 ", findDefinition, READ_IN)).toEqual(expected);
    expect(decodeResultCode("DUDIT\u20131.0.0\u2013242112345123\u20141YT6", findDefinition, READ_IN)).toEqual(expected);
    // Payload "242112345123": its 1s typed as I and l.
    expect(decodeResultCode("DUDIT-1.0.0-2421I2345l23-1YT6", findDefinition, READ_IN)).toEqual(expected);
    const auditCode = encodeResultCode(audit, { q1: "never", q9: "no", q10: "yes-last-year" }, {});
    expect(decodeResultCode(auditCode.replace("-0", "-O"), findDefinition, READ_IN)).toMatchObject({ ok: true });
  });

  for (const definition of definitions) {
    it(`round-trips random complete answer sets for ${definition.id}@${definition.version}, and decoding scores the same`, () => {
      fc.assert(
        fc.property(answerSets(definition), ({ answers, profile }) => {
          const code = encodeResultCode(definition, answers, profile);
          const decoded = decodeResultCode(code, findDefinition, READ_IN);
          expect(decoded).toEqual({ ok: true, questionnaire: `${definition.id}@${definition.version}`, answers, profile });
          if (!decoded.ok) return;
          expect(score(definition, decoded.answers, decoded.profile)).toEqual(score(definition, answers, profile));
        }),
        { numRuns: 300 },
      );
    });

    it(`refuses a random single-character change in codes for ${definition.id}`, () => {
      const substitutes = "0123456789ABCDEFGHJKMNPQRSTVWXYZ-.U";
      fc.assert(
        fc.property(answerSets(definition), fc.nat(), fc.nat(), ({ answers, profile }, at, pick) => {
          const code = encodeResultCode(definition, answers, profile);
          const position = at % code.length;
          const choices = [...substitutes].filter((symbol) => symbol !== code[position]);
          const changed = code.slice(0, position) + choices[pick % choices.length] + code.slice(position + 1);
          expect(decodeResultCode(changed, findDefinition, READ_IN).ok).toBe(false);
        }),
        { numRuns: 300 },
      );
    });
  }

  it("refuses every single-character substitution of the fixed code", () => {
    // Canonical symbols only (no lower case, no O/I/L look-alikes), so each substitution is a real change.
    const substitutes = [..."0123456789ABCDEFGHJKMNPQRSTVWXYZ-.U_"];
    let tried = 0;
    for (let position = 0; position < FIXED_CODE.length; position++) {
      for (const symbol of substitutes) {
        if (symbol === FIXED_CODE[position]) continue;
        const changed = FIXED_CODE.slice(0, position) + symbol + FIXED_CODE.slice(position + 1);
        const decoded = decodeResultCode(changed, findDefinition, READ_IN);
        expect(decoded.ok, changed).toBe(false);
        tried++;
      }
    }
    // 29 characters; 28 of them are in the substitute list (so 35 others each), the I of DUDIT is not (36).
    expect(tried).toBe(28 * 35 + 36);
  });

  it("says the checksum does not add up when one answer is changed", () => {
    // q1 4 -> 5 in the payload.
    const decoded = decodeResultCode("DUDIT-1.0.0-252112345123-1YT6", findDefinition, READ_IN);
    expect(decoded).toEqual({
      ok: false,
      error: {
        code: "checksum",
        message: "The result code does not add up: a character may have been mistyped, left out or changed. Compare it with the original, character by character.",
      },
    });
  });

  it("refuses every truncation, from either end", () => {
    for (let length = 0; length < FIXED_CODE.length; length++) {
      expect(decodeResultCode(FIXED_CODE.slice(0, length), findDefinition, READ_IN).ok, FIXED_CODE.slice(0, length)).toBe(false);
      expect(decodeResultCode(FIXED_CODE.slice(FIXED_CODE.length - length), findDefinition, READ_IN).ok).toBe(false);
    }
  });

  it("explains that a code with a short check group may be cut short", () => {
    const decoded = decodeResultCode("DUDIT-1.0.0-242112345123-1YT", findDefinition, READ_IN);
    expect(decoded.ok === false && decoded.error.code).toBe("malformed");
    expect(decoded.ok === false && decoded.error.message).toMatch(/must be exactly 4 characters .* may be cut short/);
  });

  it("refuses foreign strings as malformed", () => {
    for (const foreign of ["", "hello", "DUDIT", "https://example.org/a-b-c-d", "DUDIT-1.0-242112345123-1YT6", "DUDIT-1.0.0-24211234512U-1YT6", "دوديت-١-٢-٣", "--- -"]) {
      const decoded = decodeResultCode(foreign, findDefinition, READ_IN);
      expect(decoded.ok === false && decoded.error.code, foreign).toBe("malformed");
    }
  });

  it("names a questionnaire version this copy does not have", () => {
    const body = "DUDIT-2.0.0-242112345123";
    const decoded = decodeResultCode(`${body}-${checkSymbols(body)}`, findDefinition, READ_IN);
    expect(decoded).toEqual({
      ok: false,
      error: { code: "unknown-questionnaire", message: "This result code was made with dudit@2.0.0, which this copy of the tool does not have." },
    });
  });

  it("refuses an option number the item does not have", () => {
    // q10 has three options (symbols 1-3); 4 is one too many.
    const body = "DUDIT-1.0.0-242112345143";
    const decoded = decodeResultCode(`${body}-${checkSymbols(body)}`, findDefinition, READ_IN);
    expect(decoded).toEqual({
      ok: false,
      error: { code: "invalid-answers", message: "The result code gives item q10 answer number 4, but that item has only 3 options." },
    });
  });

  it("refuses an answer to an item hidden by skip logic", () => {
    // AUDIT q1 never (1) hides q2, which is nevertheless answered (1).
    const body = "AUDIT-1.0.0-01100000013";
    const decoded = decodeResultCode(`${body}-${checkSymbols(body)}`, findDefinition, READ_IN);
    expect(decoded.ok === false && decoded.error.code).toBe("invalid-answers");
    expect(decoded.ok === false && decoded.error.message).toBe("The answers in the result code are not a valid set for audit@1.0.0: item q2 is answered although the earlier answers hide it.");
  });

  it("refuses a shown item left unanswered, a wrong number of answers, and a sex for an instrument that does not ask it", () => {
    const cases: [string, string][] = [
      ["DUDIT-1.0.0-242112345120", "The answers in the result code are not a valid set for dudit@1.0.0: item q11 is shown but has no answer."],
      ["DUDIT-1.0.0-24211234512", "The result code holds 10 answers, but dudit@1.0.0 has 11 items."],
      ["AUDIT-1.0.0-21000000013", 'The result code\'s profile character "2" is not valid for audit@1.0.0.'],
      ["DUDIT-1.0.0-542112345123", 'The result code\'s profile character "5" is not valid for dudit@1.0.0.'],
    ];
    for (const [body, message] of cases) {
      expect(decodeResultCode(`${body}-${checkSymbols(body)}`, findDefinition, READ_IN)).toEqual({ ok: false, error: { code: "invalid-answers", message } });
    }
  });
});
