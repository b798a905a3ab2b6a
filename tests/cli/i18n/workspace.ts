import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { newOutput, type Output } from "../../../src/cli/kit/run";
import { projectRoot } from "../../support/content";

/** A copy of the project's content in a temporary folder, removed after the file's tests. */
export function useWorkspaces(): () => Promise<string> {
  const made: string[] = [];
  afterAll(async () => Promise.all(made.map((folder) => rm(folder, { recursive: true, force: true }))));
  return async () => {
    const root = await mkdtemp(path.join(tmpdir(), "selfcheck-i18n-"));
    made.push(root);
    for (const folder of ["questionnaires", "locales", "countries"]) await cp(path.join(projectRoot, folder), path.join(root, folder), { recursive: true });
    return root;
  };
}

/** Every file under a folder with its bytes, keyed by relative path, to compare before and after. */
export async function snapshot(folder: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    files.set(path.relative(folder, absolute), (await readFile(absolute)).toString("base64"));
  }
  return files;
}

/** Runs a command function with its own output, as the small entry files do. */
export async function run(command: (argv: readonly string[], output: Output) => Promise<number>, argv: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  const output = newOutput();
  const code = await command(argv, output);
  return { code, out: output.out.join("\n"), err: output.err.join("\n") };
}
