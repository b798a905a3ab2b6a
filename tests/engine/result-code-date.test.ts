import { describe, expect, it } from "vitest";
import auditCJson from "../../questionnaires/audit-c/1.0.0.json";
import duditJson from "../../questionnaires/dudit/1.0.0.json";
import { encodeResultCode } from "../../src/engine/result-code";
import { decodeResultCode } from "../../src/engine/result-code-decode";
import { Definition } from "../../src/engine/schema/definition";
import type { Answers, Profile } from "../../src/engine/types";
import { DUDIT_EXAMPLE_ANSWERS, DUDIT_EXAMPLE_PROFILE } from "../support/dudit-example";

const dudit = Definition.parse(duditJson);
const auditC = Definition.parse(auditCJson);
const findDefinition = (id: string, version: string): Definition | undefined => [dudit, auditC].find((definition) => definition.id === id && definition.version === version);

/* The fixed DUDIT example of result-code.test.ts (payload "242112345123"), checked in December 2026. */
const answers: Answers = DUDIT_EXAMPLE_ANSWERS;
const profile: Profile = DUDIT_EXAMPLE_PROFILE;
/*
 * Built by hand: body "DUDIT-1.0.0-242112345123-2612" (2612 = 2026, month 12).
 * binascii.crc_hqx(b"DUDIT-1.0.0-242112345123-2612", 0xFFFF) = 0x2553 = 9555
 * = 00000 01001 01010 10011 -> 0, 9, 10, 19 -> "0", "9", "A", "K".
 */
const DATED_CODE = "DUDIT-1.0.0-242112345123-2612-09AK";
/** The month the codes are read in: the clock is the caller's, fixed here. */
const READ_IN = { year: 2026, month: 12 };
/** The same answers in the older form, without a month (result-code.test.ts works it out). */
const OLD_CODE = "DUDIT-1.0.0-242112345123-1YT6";

describe("result code with the month of the check", () => {
  it("today's encoder gives the hand-built code", () => {
    expect(encodeResultCode(dudit, answers, profile, { year: 2026, month: 12 })).toBe(DATED_CODE);
  });

  it("decodes the month with the answers", () => {
    expect(decodeResultCode(DATED_CODE, findDefinition, READ_IN)).toEqual({ ok: true, questionnaire: "dudit@1.0.0", answers, profile, month: { year: 2026, month: 12 } });
  });

  it("still decodes a code made before dates were added, with no month", () => {
    const decoded = decodeResultCode(OLD_CODE, findDefinition, READ_IN);
    expect(decoded).toEqual({ ok: true, questionnaire: "dudit@1.0.0", answers, profile });
    expect(encodeResultCode(dudit, answers, profile)).toBe(OLD_CODE);
  });

  it("reads ids with hyphens with and without a date", () => {
    const drinks: Answers = { q1: "monthly-or-less", q2: "one-two", q3: "never" };
    for (const month of [undefined, { year: 2025, month: 1 }]) {
      const code = encodeResultCode(auditC, drinks, { sex: "female" }, month);
      const decoded = decodeResultCode(code.toLowerCase(), findDefinition, READ_IN);
      expect(decoded.ok, code).toBe(true);
      if (decoded.ok) expect(decoded.month).toEqual(month);
    }
  });

  it("a changed month breaks the check", () => {
    const decoded = decodeResultCode("DUDIT-1.0.0-242112345123-2611-09AK", findDefinition, READ_IN);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.error.code).toBe("checksum");
  });

  it("a month that is not YYMM is malformed, with a sentence saying so", () => {
    const decoded = decodeResultCode("DUDIT-1.0.0-242112345123-2613-09AK", findDefinition, READ_IN);
    expect(decoded).toEqual({ ok: false, error: { code: "malformed", message: expect.stringContaining("YYMM") } });
  });

  it("refuses to encode a month it cannot write", () => {
    expect(() => encodeResultCode(dudit, answers, profile, { year: 1999, month: 12 })).toThrow(/2000-01/);
    expect(() => encodeResultCode(dudit, answers, profile, { year: 2026, month: 13 })).toThrow(/2000-01/);
  });
});
