import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { encodeResultCode } from "../../src/engine";
import { Definition } from "../../src/engine/schema";
import { runExportFhir } from "../../src/cli/export-fhir/command";
import { runRules } from "../../src/cli/rules/command";
import { runRulesDiff } from "../../src/cli/rules-diff/command";
import { runCli } from "../support/cli";
import { projectRoot as root } from "../support/content";

// `npm run rules`, `rules:diff` and `export:fhir`, run in-process (tests/support/cli.ts). Expected text comes from the
// definition files (points, cut-offs) and from the fixtures' own notes, not from the commands.

const dudit = Definition.parse(JSON.parse(readFileSync(join(root, "questionnaires/dudit/1.0.0.json"), "utf8")));
const duditEn = JSON.parse(readFileSync(join(root, "locales/en/questionnaires/dudit.json"), "utf8")) as {
  items: Record<string, { text: string; options: Record<string, string> }>;
};

describe("npm run rules", () => {
  it("writes Markdown with every option's points and every cut-off of the definition", { timeout: 30_000 }, async () => {
    const { code, stdout } = await runCli(runRules, ["dudit@1.0.0", "--format", "md"]);
    expect(code).toBe(0);
    for (const item of dudit.items) {
      for (const option of item.options) expect(stdout).toContain(`| ${duditEn.items[item.id]!.options[option.id]} | ${option.id} | ${option.points} |`);
    }
    for (const variant of dudit.bands[0]!.variants) {
      for (const band of variant.bands.slice(0, -1)) expect(stdout).toContain(`| ${band.id} | ${band.min}–${band.max} |`);
    }
    expect(stdout).toMatch(/\| probable-dependence \| 25 or more \(up to 44\) \|/);
    expect(stdout).toContain("## Worked examples");
    expect(stdout).not.toContain("FAIL:");
  });

  it("writes a standalone HTML page with a print stylesheet and nothing loaded from elsewhere", { timeout: 30_000 }, async () => {
    const { code, stdout } = await runCli(runRules, ["audit@1.0.0", "--format", "html"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<!doctype html>/);
    expect(stdout).toContain("@media print");
    expect(stdout).not.toMatch(/<script|<link|src=/i);
    expect(stdout).toContain("<h1>AUDIT 1.0.0: scoring rules</h1>");
  });

  it("marks a failing worked example and exits 1", { timeout: 30_000 }, async () => {
    const { code, stdout, stderr } = await runCli(runRules, ["dast-10@1.0.0", "--root", "tests/fixtures/rules/broken-vector"]);
    expect(code).toBe(1);
    expect(stdout).toContain("1 passed, 1 failed");
    expect(stdout).toContain("### FAIL: BROKEN ON PURPOSE");
    expect(stdout).toContain("score total: expected 1, engine gave 0");
    expect(stderr).toContain("1 worked example(s) of dast-10@1.0.0 failed");
  });

  it("names an unknown questionnaire and exits 2", { timeout: 30_000 }, async () => {
    const { code, stderr } = await runCli(runRules, ["nope@1.0.0"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown questionnaire nope@1\.0\.0/);
  });
});

describe("npm run rules:diff", () => {
  it("lists the fixture's changes in plain words", { timeout: 30_000 }, async () => {
    const { code, stdout } = await runCli(runRulesDiff, ["dudit@1.0.0", "dudit@2.0.0", "--root", "tests/fixtures/versions"]);
    expect(code).toBe(0);
    expect(stdout).toContain("# Changes from dudit@1.0.0 to dudit@2.0.0");
    expect(stdout).toContain("9 changes, of which 7 can change a person's score, band, adjustments or flags.");
    expect(stdout).toContain("- [scoring] Bands of total for male: band drug-related-problems now covers 7–24 (was 6–24).");
    expect(stdout).toContain("## Adjustments");
  });
});

describe("npm run export:fhir", () => {
  it("writes a Questionnaire with only the requested translation", { timeout: 30_000 }, async () => {
    const { code, stdout } = await runCli(runExportFhir, ["dudit@1.0.0", "--lang", "mk"]);
    expect(code).toBe(0);
    const questionnaire = JSON.parse(stdout) as { resourceType: string; version: string; item: { linkId: string; _text?: { extension: { extension: { valueCode?: string }[] }[] } }[] };
    expect(questionnaire.resourceType).toBe("Questionnaire");
    expect(questionnaire.version).toBe("1.0.0");
    const languages = new Set(questionnaire.item.flatMap((item) => item._text?.extension.map((e) => e.extension[0]?.valueCode) ?? []));
    expect([...languages]).toEqual(["mk"]);
  });

  it("turns a result code into a QuestionnaireResponse for that version", { timeout: 30_000 }, async () => {
    const answers = Object.fromEntries(dudit.items.map((item) => [item.id, item.options[1]!.id]));
    const resultCode = encodeResultCode(dudit, answers, { sex: "female" });
    const { code, stdout } = await runCli(runExportFhir, ["--code", resultCode]);
    expect(code).toBe(0);
    const response = JSON.parse(stdout) as { resourceType: string; questionnaire: string; item: { linkId: string; answer: { valueCoding: { code: string } }[] }[] };
    expect(response.resourceType).toBe("QuestionnaireResponse");
    expect(response.questionnaire).toBe("urn:selfcheck:questionnaire:dudit|1.0.0");
    expect(Object.fromEntries(response.item.map((item) => [item.linkId, item.answer[0]!.valueCoding.code]))).toEqual({ "profile-sex": "female", ...answers });
  });

  it("refuses a mistyped result code with the decoder's message", { timeout: 30_000 }, async () => {
    const answers = Object.fromEntries(dudit.items.map((item) => [item.id, item.options[1]!.id]));
    const good = encodeResultCode(dudit, answers, { sex: "female" });
    const bad = good.replace(/-(\d)/, (_, digit: string) => `-${(Number(digit) + 1) % 10}`);
    const { code, stdout, stderr } = await runCli(runExportFhir, ["--code", bad]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/does not decode/);
  });
});
