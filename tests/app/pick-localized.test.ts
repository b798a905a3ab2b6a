import { describe, expect, it } from "vitest";
import { pickLocalized } from "../../src/app/i18n/localized";

describe("pickLocalized: a service's name in the page's language where the source gives one", () => {
  const serbian = { "sr-Latn": "Institut za mentalno zdravlje", en: "Institute of Mental Health" };
  const macedonian = { mk: "СОС линија за помош од дрога", en: "SOS helpline for drugs" };

  it("takes the reader's own language when it is there", () => {
    expect(pickLocalized(serbian, "sr-Latn")).toEqual({ text: "Institut za mentalno zdravlje", lang: "sr-Latn" });
    expect(pickLocalized(serbian, "en")).toEqual({ text: "Institute of Mental Health", lang: "en" });
  });

  it("gives a Cyrillic Serbian page the Latin Serbian name, not the English one", () => {
    expect(pickLocalized(serbian, "sr-Cyrl")).toEqual({ text: "Institut za mentalno zdravlje", lang: "sr-Latn" });
  });

  it("gives a non-English page the source's own-language name rather than an English line", () => {
    expect(pickLocalized(macedonian, "sq")).toEqual({ text: "СОС линија за помош од дрога", lang: "mk" });
  });

  it("falls back to English only where the source gives nothing else", () => {
    expect(pickLocalized({ en: "Only English" }, "ar")).toEqual({ text: "Only English", lang: "en" });
  });
});
