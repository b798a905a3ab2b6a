import { readdirSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { validateContent } from "../../src/cli/validate/validate-content";
import { projectRoot } from "../support/content";

// Each corpus file breaks one thing in a copy of the bundled content and names the exact line
// `npm run validate` must print for it.
const JsonPath = z.array(z.union([z.string(), z.number()]));
const Edit = z.union([
  z.strictObject({ replaceText: z.strictObject({ find: z.string(), with: z.string() }) }),
  z.strictObject({ set: z.strictObject({ path: JsonPath, value: z.unknown() }) }),
  z.strictObject({ setMany: z.array(z.strictObject({ path: JsonPath, value: z.unknown() })) }),
  z.strictObject({ delete: z.strictObject({ path: JsonPath }) }),
  z.strictObject({ writeJson: z.unknown() }),
]);
const CorpusCase = z.strictObject({
  description: z.string(),
  file: z.string(),
  edit: Edit,
  also: z.strictObject({ file: z.string(), writeJson: z.unknown() }).optional(),
  expect: z.string().optional(),
  expectContains: z.string().optional(),
});

const corpusFolder = path.join(projectRoot, "tests/fixtures/validate-corpus");
const TODAY = "2026-11-23";

function setAt(target: unknown, at: (string | number)[], value: unknown, remove = false): void {
  const parent = at.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], target) as Record<string | number, unknown>;
  const last = at[at.length - 1];
  if (last === undefined || parent === undefined) throw new Error(`bad path ${at.join(".")}`);
  if (remove) delete parent[last];
  else parent[last] = value;
}

async function applyEdit(root: string, file: string, edit: z.infer<typeof Edit>): Promise<void> {
  const target = path.join(root, file);
  await mkdir(path.dirname(target), { recursive: true });
  if ("writeJson" in edit) return writeFile(target, JSON.stringify(edit.writeJson, null, 2));
  const text = await readFile(target, "utf8");
  if ("replaceText" in edit) {
    if (!text.includes(edit.replaceText.find)) throw new Error(`corpus: "${edit.replaceText.find}" not found in ${file}`);
    return writeFile(target, text.replace(edit.replaceText.find, edit.replaceText.with));
  }
  const json = JSON.parse(text) as unknown;
  if ("set" in edit) setAt(json, edit.set.path, edit.set.value);
  else if ("setMany" in edit) for (const change of edit.setMany) setAt(json, change.path, change.value);
  else setAt(json, edit.delete.path, undefined, true);
  return writeFile(target, `${JSON.stringify(json, null, 2)}\n`);
}

async function copyContent(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "selfcheck-validate-"));
  for (const folder of ["questionnaires", "locales", "countries", "interventions"]) await cp(path.join(projectRoot, folder), path.join(root, folder), { recursive: true });
  return root;
}

function lines(issues: Awaited<ReturnType<typeof validateContent>>["issues"]): string[] {
  return issues.map((issue) => `${issue.severity}: ${issue.file}: ${issue.path}: ${issue.message}`);
}

const temporary: string[] = [];
afterAll(async () => Promise.all(temporary.map((folder) => rm(folder, { recursive: true, force: true }))));

describe("npm run validate", () => {
  let pristine: string;
  beforeAll(async () => {
    pristine = await copyContent();
    temporary.push(pristine);
  });

  it("passes the bundled content with no error", async () => {
    const report = await validateContent(pristine, { today: TODAY });
    expect(lines(report.issues).filter((line) => line.startsWith("error"))).toEqual([]);
    expect(report.definitions.length).toBeGreaterThanOrEqual(3);
  });

  it("has a corpus of at least 15 broken inputs", async () => {
    expect((await readdir(corpusFolder)).filter((name) => name.endsWith(".json")).length).toBeGreaterThanOrEqual(15);
  });

  const names = readdirSync(corpusFolder)
    .filter((name) => name.endsWith(".json"))
    .sort();
  it.each(names)("rejects %s with its own message", async (name) => {
    const corpusCase = CorpusCase.parse(JSON.parse(await readFile(path.join(corpusFolder, name), "utf8")));
    const root = await copyContent();
    temporary.push(root);
    await applyEdit(root, corpusCase.file, corpusCase.edit);
    if (corpusCase.also !== undefined) await applyEdit(root, corpusCase.also.file, { writeJson: corpusCase.also.writeJson });
    const output = lines((await validateContent(root, { today: TODAY })).issues);
    if (corpusCase.expect !== undefined) expect(output).toContain(corpusCase.expect);
    if (corpusCase.expectContains !== undefined) expect(output.some((line) => line.startsWith(corpusCase.expectContains ?? ""))).toBe(true);
    expect(corpusCase.expect ?? corpusCase.expectContains).toBeDefined();
  });
});
