import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runExport } from "../../../src/cli/i18n/export-command";
import { runImport } from "../../../src/cli/i18n/import-command";
import { runStamp } from "../../../src/cli/i18n/stamp-command";
import { runStatus } from "../../../src/cli/i18n/status-command";
import { run, snapshot, useWorkspaces } from "./workspace";

const workspace = useWorkspaces();
const hash = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex").slice(0, 8);
const HEADER = "key,english,source_hash,translation,status,note";
const readJson = async (root: string, file: string): Promise<Record<string, unknown>> => JSON.parse(await readFile(path.join(root, file), "utf8")) as Record<string, unknown>;

describe("i18n:import", () => {
  it("accepts a CSV with a UTF-8 byte-order mark (Excel's CSV UTF-8) and writes Cyrillic intact", async () => {
    const root = await workspace();
    const csv = path.join(root, "mk.csv");
    const english = ((await readJson(root, "locales/en/common.json"))["language"] as Record<string, string>)["label"] ?? "";
    await writeFile(csv, `\uFEFF${HEADER}\r\ncommon:language.label,${english},${hash(english)},Јазик на страницата,draft,\r\n`);
    const result = await run(runImport, [csv, "--lang", "mk", "--root", root]);
    expect(result.err).toBe("");
    const common = await readJson(root, "locales/mk/common.json");
    expect((common["language"] as Record<string, string>)["label"]).toBe("Јазик на страницата");
  });

  it("refuses the whole file when one row is wrong, naming row and column, and writes nothing", async () => {
    const root = await workspace();
    const before = await snapshot(path.join(root, "locales"));
    const csv = path.join(root, "mk.csv");
    const call = "Call {{number}}";
    const rows = [
      HEADER,
      `common:tagline,x,${hash("x")},Нова,draft,`,
      `common:no.such.key,x,${hash("x")},Текст,draft,`,
      `common:emergency.call,${call},${hash(call)},Јавете се,draft,`,
      `common:skipLink,x,${hash("x")},Текст,finished,`,
    ];
    await writeFile(csv, rows.join("\r\n"));
    const result = await run(runImport, [csv, "--lang", "mk", "--root", root]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('error: row 3, column "key": key "common:no.such.key" does not exist in English');
    expect(result.err).toContain('error: row 4, column "translation": must keep {{number}} exactly as in the English text');
    expect(result.err).toContain('error: row 5, column "status": status "finished" is not one of');
    expect(result.err).toContain("nothing was written");
    expect(await snapshot(path.join(root, "locales"))).toEqual(before);
  });

  it("names the text-editor line too when a text above spans several lines", async () => {
    const root = await workspace();
    const csv = path.join(root, "mk.csv");
    await writeFile(csv, `${HEADER}\r\ncommon:tagline,x,${hash("x")},"two\nlines",draft,\r\ncommon:nope,x,${hash("x")},Текст,draft,\r\n`);
    const result = await run(runImport, [csv, "--lang", "mk", "--root", root]);
    expect(result.err).toContain('error: row 3 (line 4 of the file), column "key": key "common:nope" does not exist in English');
  });

  it("refuses a validated status without the citation of the published translation, and records one that has it", async () => {
    const root = await workspace();
    const csv = path.join(root, "mk.csv");
    await writeFile(csv, `${HEADER}\r\nquestionnaire:dudit:provenance.status,,,validated,,\r\n`);
    const refused = await run(runImport, [csv, "--lang", "mk", "--root", root]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('error: row 2, column "translation": questionnaire:dudit:provenance.citation.text: a validated translation must cite the published validation');

    const citation = [
      "questionnaire:dudit:provenance.status,,,validated,,",
      'questionnaire:dudit:provenance.citation.text,,,"Author A. A validated Macedonian DUDIT. Journal, 2020.",,',
      "questionnaire:dudit:provenance.citation.url,,,https://example.org/validated-dudit,,",
      "questionnaire:dudit:provenance.citation.supports,,,Macedonian item wording,,",
    ];
    await writeFile(csv, [HEADER, ...citation].join("\r\n"));
    const accepted = await run(runImport, [csv, "--lang", "mk", "--root", root]);
    expect(accepted.err).toBe("");
    const provenance = (await readJson(root, "locales/mk/questionnaires/dudit.json"))["provenance"] as Record<string, unknown>;
    expect(provenance["status"]).toBe("validated");
    expect(provenance["citation"]).toEqual({ text: "Author A. A validated Macedonian DUDIT. Journal, 2020.", url: "https://example.org/validated-dudit", supports: "Macedonian item wording" });
  });
});

describe("a changed English text", () => {
  it("marks its translations stale in i18n:status and in the exported CSV", async () => {
    const root = await workspace();
    expect((await run(runStamp, ["--lang", "mk", "--root", root])).code).toBe(0);
    const status = async (): Promise<string> => (await run(runStatus, ["--lang", "mk", "--root", root])).out;
    expect(await status()).toMatch(/^mk\s+common\s+0\s+0\s+/m);

    const englishFile = path.join(root, "locales/en/common.json");
    const english = JSON.parse(await readFile(englishFile, "utf8")) as { tagline: string };
    english.tagline = "A private self-check on drugs and alcohol";
    await writeFile(englishFile, JSON.stringify(english, null, 2));

    expect(await status()).toMatch(/^mk\s+common\s+0\s+1\s+/m);
    const csv = path.join(root, "mk.csv");
    await run(runExport, ["--lang", "mk", "--root", root, "--out", csv]);
    const row = (await readFile(csv, "utf8")).split("\r\n").find((line) => line.startsWith('"common:tagline"'));
    expect(row).toContain(`"A private self-check on drugs and alcohol","${hash("A private self-check on drugs and alcohol")}"`);
    expect(row).toContain('"stale","The English text changed after this was translated');
  });
});

describe("i18n:status --strict", () => {
  it("fails when a language misses a text, and counts it again as present once restored", async () => {
    const root = await workspace();
    const file = path.join(root, "locales/mk/common.json");
    const complete = await readFile(file, "utf8");
    const common = JSON.parse(complete) as Record<string, unknown>;
    delete common["tagline"];
    await writeFile(file, JSON.stringify(common));
    const failing = await run(runStatus, ["--lang", "mk", "--strict", "--root", root]);
    expect(failing.code).toBe(1);
    expect(failing.out).toMatch(/^mk\s+common\s+1\s+/m);
    await writeFile(file, complete);
    expect((await run(runStatus, ["--lang", "mk", "--root", root, "--strict"])).out).toMatch(/^mk\s+common\s+0\s+/m);
  });
});

describe("a language with plural forms where English has one text with {{count}}", () => {
  it("counts the forms as its texts (nothing missing) and round-trips them", async () => {
    const root = await workspace();
    const file = path.join(root, "locales/mk/results.json");
    const results = JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>;
    const english = (await readJson(root, "locales/en/results.json"))["scaleAlt"];
    expect(english, "English results.scaleAlt (the test needs a text with {{count}})").toContain("{{count}}");
    delete results["scaleAlt"];
    results["scaleAlt_one"] = "{{min}}–{{max}}, {{count}} дел, {{value}}, {{position}}: {{band}}";
    results["scaleAlt_other"] = "{{min}}–{{max}}, {{count}} делови, {{value}}, {{position}}: {{band}}";
    await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
    expect((await run(runStatus, ["--lang", "mk", "--root", root])).out).toMatch(/^mk\s+results\s+0\s+0\s+/m);

    await run(runStamp, ["--lang", "mk", "--root", root]);
    const before = await snapshot(path.join(root, "locales"));
    const csv = path.join(root, "selfcheck-mk.csv");
    await run(runExport, ["--lang", "mk", "--root", root, "--out", csv]);
    expect(await readFile(csv, "utf8")).toContain('"results:scaleAlt_other"');
    await run(runImport, [csv, "--root", root]);
    expect(await snapshot(path.join(root, "locales"))).toEqual(before);
  });
});

describe("a plural form that stands for one number only", () => {
  const lowerEnglish = "Your score is {{count}} points lower than in the earlier result.";

  it("may say the number in words: the Arabic dual without {{count}}", async () => {
    const root = await workspace();
    const english = ((await readJson(root, "locales/en/intervention.json"))["compare"] as Record<string, string>)["lower_other"] ?? "";
    expect(english, "English compare.lower_other (the test needs a text with {{count}})").toContain("{{count}}");
    const csv = path.join(root, "ar.csv");
    const dual = "درجتك أقل بنقطتين مما كانت عليه في النتيجة السابقة.";
    await writeFile(csv, `${HEADER}\r\nintervention:compare.lower_two,"${english}",${hash(english)},${dual},draft,\r\n`);
    const result = await run(runImport, [csv, "--lang", "ar", "--root", root]);
    expect(result.err).not.toContain("must keep {{count}}");
    expect(((await readJson(root, "locales/ar/intervention.json"))["compare"] as Record<string, string>)["lower_two"]).toBe(dual);
  });

  it("but a form that covers several numbers keeps {{count}} (Serbian 'one' is also 21, 31 …)", async () => {
    const root = await workspace();
    const english = ((await readJson(root, "locales/en/intervention.json"))["compare"] as Record<string, string>)["lower_one"] ?? lowerEnglish;
    const csv = path.join(root, "sr.csv");
    await writeFile(csv, `${HEADER}\r\nintervention:compare.lower_one,"${english}",${hash(english)},Vaš zbir je za jedan bod niži.,draft,\r\n`);
    const result = await run(runImport, [csv, "--lang", "sr-Latn", "--root", root]);
    expect(result.code).toBe(1);
    expect(result.err).toContain("must keep {{count}} exactly as in the English text");
  });
});
