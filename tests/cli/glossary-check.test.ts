import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findAvoidedWords, textLeaves } from "../../src/cli/validate/avoided-words";
import { Glossary } from "../../src/cli/validate/glossary-schema";
import { projectRoot } from "../support/content";

const glossary = Glossary.parse(JSON.parse(readFileSync(path.join(projectRoot, "tests/fixtures/glossary/mixed-scripts.json"), "utf8")));
const found = (file: string, value: unknown): string[] => findAvoidedWords(glossary, file, textLeaves(value)).map((hit) => `${hit.path} ${hit.word}`);

describe("the avoided-words check", () => {
  it("finds whole words in any letter case and script, with the JSON path", () => {
    const texts = { a: "НАРКОМАН на улица", b: { c: ["ok", "Ένας Τοξικομανής"] }, d: "Every User counts", e: "Substance\nabuse, again" };
    expect(found("locales/xx/common.json", texts)).toEqual(["$.a наркоман", "$.b.c[1] τοξικομανής", "$.d user", "$.e substance abuse"]);
  });

  it("does not match inside a longer word", () => {
    expect(found("locales/xx/common.json", { a: "наркомани", b: "users and abusers", c: "reuse", d: "τοξικομανήςες" })).toEqual([]);
  });

  it("skips a place the glossary records as an exception, and only that place", () => {
    const instrument = { items: { q2: { text: "Substance abuse (published wording)" }, q3: { text: "substance abuse" } } };
    expect(found("locales/xx/questionnaires/demo.json", instrument)).toEqual(["$.items.q3.text substance abuse"]);
  });

  it("finds nothing in the English UI and instrument texts (apart from recorded exceptions)", async () => {
    const { validateContent } = await import("../../src/cli/validate/validate-content");
    const { issues } = await validateContent(projectRoot, { today: "2026-11-23" });
    expect(issues.filter((issue) => issue.file.startsWith("locales/en/") && issue.message.includes("says to avoid"))).toEqual([]);
  });
});
