import { describe, expect, it } from "vitest";
import { LANGUAGE_CODE, missingTextKeys, parseQuestionnaireKey, questionnaireKey, requiredTextKeys } from "../../src/engine";
import { bundledDefinition } from "../support/content";

describe("questionnaire keys", () => {
  it("parses what questionnaireKey writes, and nothing else", () => {
    expect(parseQuestionnaireKey(questionnaireKey({ id: "dast-10", version: "1.0.0" }))).toEqual({ id: "dast-10", version: "1.0.0" });
    for (const bad of ["dudit", "dudit@1.0", "Dudit@1.0.0", "dudit@1.0.0 ", "@1.0.0", "dudit@@1.0.0"]) expect(parseQuestionnaireKey(bad), bad).toBeUndefined();
  });

  it("language codes are the locale folders' names", () => {
    for (const code of ["en", "sq", "sr-Latn", "sr-Cyrl", "ckb"]) expect(LANGUAGE_CODE.test(code), code).toBe(true);
    for (const code of ["EN", "e", "en_GB", "en-"]) expect(LANGUAGE_CODE.test(code), code).toBe(false);
  });
});

describe("missingTextKeys", () => {
  const dudit = bundledDefinition("dudit");
  const full = (): Record<string, unknown> => {
    const text: Record<string, unknown> = {};
    for (const key of requiredTextKeys(dudit)) {
      let node = text;
      key.slice(0, -1).forEach((part) => (node = (node[part] ??= {}) as Record<string, unknown>));
      node[key.at(-1)!] = "text";
    }
    return text;
  };

  it("is empty for a file with every text, and names each text a file lacks", () => {
    expect(missingTextKeys(dudit, full())).toEqual([]);
    const text = full();
    delete (text["items"] as Record<string, Record<string, unknown>>)["q1"]!["text"];
    delete text["intro"];
    expect(missingTextKeys(dudit, text)).toEqual([["intro"], ["items", "q1", "text"]]);
  });

  it("takes a file whose shape is not checked yet", () => {
    expect(missingTextKeys(dudit, null)).toEqual(requiredTextKeys(dudit));
    expect(missingTextKeys(dudit, { items: "not an object" })).toContainEqual(["items", "q1", "text"]);
  });
});
