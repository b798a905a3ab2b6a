import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { knownLanguages } from "../../../src/cli/i18n/catalogue";
import { runExport } from "../../../src/cli/i18n/export-command";
import { runImport } from "../../../src/cli/i18n/import-command";
import { runStamp } from "../../../src/cli/i18n/stamp-command";
import { projectRoot } from "../../support/content";
import { run, snapshot, useWorkspaces } from "./workspace";

const workspace = useWorkspaces();
const languages = await knownLanguages(projectRoot);

describe("i18n:export then i18n:import, unchanged", () => {
  it("covers at least the languages the project started with", () => {
    expect(languages).toEqual(expect.arrayContaining(["ar", "mk"]));
  });

  it.each(languages)("leaves every file of %s byte for byte as it was", async (language) => {
    const root = await workspace();
    expect((await run(runStamp, ["--lang", language, "--root", root])).code).toBe(0);
    const before = await snapshot(path.join(root, "locales"));
    const csv = path.join(root, `selfcheck-${language}.csv`);
    const exported = await run(runExport, ["--lang", language, "--root", root, "--out", csv]);
    expect(exported.code, exported.err).toBe(0);
    const imported = await run(runImport, [csv, "--root", root]);
    expect(imported.err).not.toContain("nothing was written");
    expect(imported.out).toContain(`language: ${language}`);
    expect(await snapshot(path.join(root, "locales"))).toEqual(before);
  });

  it("starts the CSV with a UTF-8 byte-order mark and the six columns", async () => {
    const root = await workspace();
    const csv = path.join(root, "out.csv");
    await run(runExport, ["--lang", "mk", "--root", root, "--out", csv]);
    const bytes = await readFile(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString("utf8").split("\r\n")[0]).toBe('"key","english","source_hash","translation","status","note"');
  });
});
