// The workplace's pure pieces in the console: reading an invite link's fragment, the transfer
// key round trip, and that every console language has every workplace text.
import { describe, expect, it } from "vitest";
import { kekFromTransfer, newTransferKey } from "../../src/contact/key-transfer";
import { generateServiceKeyPair, unwrapServicePrivateKey, wrapServicePrivateKey } from "../../src/contact/service-key";
import { parseInviteFragment } from "../../src/console/team/links";
import { WORKPLACE_TEXTS } from "../../src/console/team/texts";
import { CONSOLE_LANGUAGES } from "../../src/console/texts";

const token = "A".repeat(43);
const key = "b".repeat(43);

describe("invite links made in the console", () => {
  it("reads the token and the transfer key, and a host's link without a key", () => {
    expect(parseInviteFragment(`#invite=${token}&key=${key}`)).toEqual({ token, transferKey: key });
    expect(parseInviteFragment(`#invite=${token}`)).toEqual({ token, transferKey: null });
    expect(parseInviteFragment(`#invite=${token}&key=${key}x`)).toBeNull();
    expect(parseInviteFragment(`#invite=${token.slice(1)}&key=${key}`)).toBeNull();
    expect(parseInviteFragment("")).toBeNull();
  });

  it("the transfer key opens the wrap it made and no other key does", async () => {
    const pair = await generateServiceKeyPair();
    const ids = { serviceId: "demo", publicKey: pair.publicKey };
    const transfer = newTransferKey();
    expect(transfer).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const wrap = await wrapServicePrivateKey(pair.privateKeyPkcs8, await kekFromTransfer(transfer), ids);
    expect(await unwrapServicePrivateKey(wrap, await kekFromTransfer(transfer), ids)).toEqual(pair.privateKeyPkcs8);
    await expect(unwrapServicePrivateKey(wrap, await kekFromTransfer(newTransferKey()), ids)).rejects.toThrow();
    await expect(kekFromTransfer("short")).rejects.toThrow(/damaged/);
  });
});

describe("workplace texts", () => {
  const keysOf = (value: unknown, prefix = ""): string[] => (typeof value === "object" && value !== null ? Object.entries(value).flatMap(([k, v]) => keysOf(v, `${prefix}${k}.`)) : [prefix]);
  it("every console language has exactly the English keys, none empty", () => {
    const english = keysOf(WORKPLACE_TEXTS["en"]).sort();
    for (const language of Object.keys(CONSOLE_LANGUAGES)) {
      const texts = WORKPLACE_TEXTS[language];
      expect(texts, language).toBeDefined();
      expect(keysOf(texts).sort(), language).toEqual(english);
      for (const k of english)
        expect(
          k
            .split(".")
            .filter(Boolean)
            .reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], texts),
          `${language} ${k}`,
        ).not.toBe("");
    }
  });
});
