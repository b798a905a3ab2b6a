import { describe, expect, it } from "vitest";
import { CODE_ENTROPY_BITS, CROCKFORD, checkSymbol, generatePickupCode, isPickupCode, normalisePickupCode } from "../../src/contact/pickup-code";
import { ContactCryptoError } from "../../src/contact/errors";

const canonical = (code: string) => code.replaceAll("-", "");

describe("pickup code", () => {
  it("carries at least 80 bits, in five groups of four Crockford symbols", () => {
    expect(CODE_ENTROPY_BITS).toBeGreaterThanOrEqual(80);
    const code = generatePickupCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    expect(normalisePickupCode(code)).toBe(canonical(code));
  });

  it("never repeats in 2,000 draws and uses the whole alphabet", () => {
    const codes = Array.from({ length: 2000 }, generatePickupCode);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(codes.join("").replaceAll("-", ""))).toEqual(new Set(CROCKFORD));
  });

  it("forgives case, spaces, dashes, O/I/L and Cyrillic or Greek look-alikes", () => {
    // A code whose symbols include 0, 1, A, B, E, K, M, P, T, X so that every confusable is exercised.
    const data = [..."01ABEKMPTX0000000000".slice(0, 19)].map((c) => CROCKFORD.indexOf(c));
    const code = data.map((d) => CROCKFORD[d]).join("") + CROCKFORD[checkSymbol(data)];
    const messy = ` ${code.toLowerCase().slice(0, 4)} – ${code.slice(4, 8)}\n${code.slice(8)}`.replace("0", "o").replace("1", "l");
    expect(normalisePickupCode(messy)).toBe(code);
    const cyrillic = code.replace("A", "А").replace("B", "В").replace("E", "Е").replace("K", "К").replace("M", "М").replace("P", "Р").replace("T", "Т").replace("X", "Х");
    expect(cyrillic).not.toBe(code);
    expect(normalisePickupCode(cyrillic)).toBe(code);
    expect(normalisePickupCode(code.replace("A", "Α").replace("0", "Ο"))).toBe(code);
  });

  it("catches every single mistyped symbol with the check symbol", () => {
    const code = canonical(generatePickupCode());
    for (let i = 0; i < code.length; i++) {
      for (const replacement of CROCKFORD) {
        if (replacement === code[i]) continue;
        const typo = code.slice(0, i) + replacement + code.slice(i + 1);
        expect(() => normalisePickupCode(typo), typo).toThrow(expect.objectContaining({ code: "code_check" }) as unknown as Error);
      }
    }
  });

  it("catches most swaps of neighbours", () => {
    let swaps = 0;
    let caught = 0;
    for (let n = 0; n < 200; n++) {
      const code = canonical(generatePickupCode());
      for (let i = 0; i + 1 < code.length; i++) {
        if (code[i] === code[i + 1]) continue;
        swaps++;
        if (!isPickupCode(code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2))) caught++;
      }
    }
    expect(caught / swaps).toBeGreaterThan(0.9);
  });

  it("refuses a wrong length or a symbol outside the alphabet, naming the problem", () => {
    expect(() => normalisePickupCode("K7QM-3XD9")).toThrow(ContactCryptoError);
    expect(() => normalisePickupCode("K7QM-3XD9")).toThrow(/20 letters and digits; this has 8/);
    expect(() => normalisePickupCode("UUUU-UUUU-UUUU-UUUU-UUUU")).toThrow(expect.objectContaining({ code: "code_format" }) as unknown as Error);
    expect(isPickupCode("")).toBe(false);
  });
});
