import { describe, expect, it } from "vitest";
import duditJson from "../../questionnaires/dudit/1.0.0.json";
import { checkSymbols } from "../../src/engine/result-code";
import { decodeResultCode, latestMonthAnywhere } from "../../src/engine/result-code-decode";
import { Definition } from "../../src/engine/schema/definition";
import { decodeForClinician } from "../../src/app/clinician/decode-code";

// Issue 18 item 6: the decoder accepted a month in 2099. The clock is the caller's (injected here);
// each of these failed on 4b72260, whose decoder ignored it.

const dudit = Definition.parse(duditJson);
const find = (id: string, version: string): Definition | undefined => (id === dudit.id && version === dudit.version ? dudit : undefined);
/** The fixed DUDIT example (result-code.test.ts) with a month, its check worked out by the CRC the format documents. */
const codeFor = (yymm: string): string => {
  const body = `DUDIT-1.0.0-242112345123-${yymm}`;
  return `${body}-${checkSymbols(body)}`;
};
const DECEMBER_2026 = { year: 2026, month: 12 };

describe("result codes from the future", () => {
  it("refuses a code whose month has not come yet, saying why", () => {
    for (const yymm of ["9912", "2701"]) {
      const decoded = decodeResultCode(codeFor(yymm), find, DECEMBER_2026);
      expect(decoded, yymm).toEqual({ ok: false, error: { code: "future-month", message: expect.stringContaining("has not come yet") } });
    }
  });

  it("reads a code from this month or an earlier one", () => {
    for (const [yymm, month] of [
      ["2612", 12],
      ["2601", 1],
    ] as const) {
      const decoded = decodeResultCode(codeFor(yymm), find, DECEMBER_2026);
      expect(decoded.ok && decoded.month, yymm).toEqual({ year: 2026, month });
    }
  });

  it("takes 'now' as the latest month anywhere (UTC+14), so a code just made far east is not refused", () => {
    expect(latestMonthAnywhere(new Date("2026-11-30T09:59:00Z"))).toEqual({ year: 2026, month: 11 });
    expect(latestMonthAnywhere(new Date("2026-11-30T10:00:00Z"))).toEqual({ year: 2026, month: 12 });
    expect(latestMonthAnywhere(new Date("2026-12-31T10:00:00Z"))).toEqual({ year: 2027, month: 1 });
    // The engine adds the 14 hours by hand (it makes no Date): compare with Date's own arithmetic, leap years included.
    for (let minute = Date.UTC(2027, 11, 31); minute < Date.UTC(2029, 0, 2); minute += 7 * 60_001) {
      const ahead = new Date(minute + 14 * 3_600_000);
      expect(latestMonthAnywhere(new Date(minute)), new Date(minute).toISOString()).toEqual({ year: ahead.getUTCFullYear(), month: ahead.getUTCMonth() + 1 });
    }
  });

  it("the clinicians' decoder refuses it with the clock it is given", () => {
    const definitions = new Map([["dudit@1.0.0", dudit]]);
    expect(decodeForClinician(codeFor("2701"), definitions, new Date("2026-12-15T12:00:00Z"))).toEqual({ ok: false, message: expect.stringContaining("has not come yet") });
    expect(decodeForClinician(codeFor("2701"), definitions, new Date("2027-01-15T12:00:00Z")).ok).toBe(true);
  });
});
