import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateContent } from "../../src/cli/validate/validate-content";
import { runNewCountry } from "../../src/cli/new-country/command";
import { run, useWorkspaces } from "./i18n/workspace";

const workspace = useWorkspaces();
const TODAY = "2026-11-23";
const countryLines = async (root: string): Promise<string[]> =>
  (await validateContent(root, { today: TODAY })).issues.filter((issue) => issue.file === "countries/xk.json").map((issue) => `${issue.severity}: ${issue.path}: ${issue.message}`);

describe("npm run new-country", () => {
  it("writes a scaffold that validate refuses until every placeholder is filled in", async () => {
    const root = await workspace();
    const result = await run(runNewCountry, ["xk", "--languages", "sq,en", "--root", root]);
    expect(result.code, result.err).toBe(0);
    const lines = await countryLines(root);
    expect(lines).toContain("error: $.name.en: not filled in yet: TODO: the country's name in English");
    expect(lines).toContain("error: $.services[0].phone: not filled in yet: TODO: +<country code><number>, digits only (or delete this line if it has no phone)");
    expect(lines.every((line) => line.includes("not filled in yet"))).toBe(true);

    const file = path.join(root, "countries/xk.json");
    const country = JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>;
    // A team with no sourced service yet: the names filled in, the example service deleted. An
    // emergency number that reaches an ambulance is the one thing a country cannot go without.
    country["name"] = { sq: "Kosova", en: "Kosovo" };
    country["services"] = [];
    country["emergency"] = [];
    await writeFile(file, JSON.stringify(country, null, 2));
    expect(await countryLines(root)).toEqual([
      'error: $.emergency: no emergency number reaches medical help (it has none); add the country\'s ambulance or single emergency number with "covers": ["medical", …] and its source',
    ]);
    country["emergency"] = [{ number: "112", label: { en: "Emergency" }, covers: ["medical"], source: "https://example.org/112", sourceKind: "official" }];
    await writeFile(file, JSON.stringify(country, null, 2));
    expect(await countryLines(root)).toEqual([]);
  });

  it("offers only questionnaires that need no recorded permission", async () => {
    const root = await workspace();
    await run(runNewCountry, ["xk", "--languages", "en", "--root", root]);
    const country = JSON.parse(await readFile(path.join(root, "countries/xk.json"), "utf8")) as { questionnaires: string[] };
    expect(country.questionnaires).not.toContain("cast@1.0.0");
    expect(country.questionnaires).toContain("dudit@1.0.0");
  });

  it("refuses a code that is not two letters, and never overwrites a country", async () => {
    const root = await workspace();
    expect((await run(runNewCountry, ["xkx", "--root", root])).err).toContain('"xkx" is not a two-letter country code');
    const existing = await run(runNewCountry, ["mk", "--root", root]);
    expect(existing.code).toBe(1);
    expect(existing.err).toContain("countries/mk.json already exists");
  });
});
