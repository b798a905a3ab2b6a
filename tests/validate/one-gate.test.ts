import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contentCheck } from "../../scripts/vite/content-check";

// Issue 18 item 4, one gate: validate names the file for a BOM, invalid UTF-8 and deep nesting
// (one line each), and the build stops on everything validate refuses. The validate tests run
// the CLI as a child process, so they run against the old code too (each failed on 4b72260).

const projectRoot = path.resolve(import.meta.dirname, "../..");
const copies: string[] = [];
afterAll(() => copies.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A copy of the project's content, with one file changed. */
function contentWith(file: string, change: (bytes: Buffer) => Buffer): string {
  const root = mkdtempSync(path.join(tmpdir(), "one-gate-"));
  copies.push(root);
  for (const folder of ["questionnaires", "locales", "countries", "interventions"]) cpSync(path.join(projectRoot, folder), path.join(root, folder), { recursive: true });
  writeFileSync(path.join(root, file), change(readFileSync(path.join(projectRoot, file))));
  return root;
}

function validate(root: string): { code: number | null; errors: string[]; stderr: string } {
  const run = spawnSync(process.execPath, ["--import", "tsx", path.join(projectRoot, "src/cli/validate.ts"), root], { cwd: projectRoot, encoding: "utf8", timeout: 60_000 });
  return { code: run.status, errors: run.stdout.split("\n").filter((line) => line.startsWith("error:")), stderr: run.stderr };
}

describe("validate: problems of the file itself, one line each naming the file", { timeout: 120_000 }, () => {
  it("a byte-order mark", () => {
    const run = validate(contentWith("locales/en/common.json", (bytes) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes])));
    expect(run.code).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(/^error: locales\/en\/common\.json: \$: starts with a byte-order mark/)]);
  });

  it("invalid UTF-8 (a Latin-1 byte), with its line", () => {
    const run = validate(contentWith("countries/mk.json", (bytes) => Buffer.from(bytes.toString("latin1").replace("Skopje", "Sk\u00f6pje"), "latin1")));
    expect(run.code).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(/^error: countries\/mk\.json: \$: not valid UTF-8 at line \d+ \(byte \d+\)/)]);
  });

  it("JSON nested 1,500 conditions deep (3,000 levels): one line, no stack trace", () => {
    const run = validate(
      contentWith("questionnaires/dudit/1.0.0.json", (bytes) => {
        const definition = JSON.parse(bytes.toString("utf8")) as { items: { showIf?: unknown }[] };
        // {"all":[{"all":[ … ]}]}: two levels per condition.
        const deep = `${'{"all":['.repeat(1500)}{"answered":"q1"}${"]}".repeat(1500)}`;
        return Buffer.from(JSON.stringify(definition).replace('"items":[{', () => `"items":[{"showIf":${deep},`));
      }),
    );
    expect(run.stderr).not.toMatch(/RangeError|at .*\.ts:\d+/);
    expect(run.code).toBe(1);
    // The definition is refused as any invalid one is (its texts and worked examples then have no definition to go with).
    expect(run.errors[0]).toMatch(/^error: questionnaires\/dudit\/1\.0\.0\.json: \$: nested \d+ levels deep; at most 100 are read/);
    expect(run.errors.filter((line) => line.startsWith("error: questionnaires/dudit/1.0.0.json"))).toHaveLength(1);
  });
});

describe("the build runs validate's checks and stops on an error", () => {
  type Hooks = { configResolved?: (config: { root: string }) => void; buildStart?: (this: { error(message: string): never }) => Promise<void> | void };
  const buildStart = async (root: string): Promise<string | undefined> => {
    const plugin = contentCheck() as unknown as Hooks;
    plugin.configResolved?.({ root });
    try {
      await plugin.buildStart?.call({
        error(message: string): never {
          throw new Error(message);
        },
      });
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  };

  it("refuses a javascript: quick-exit URL, which the schema alone accepted", { timeout: 60_000 }, async () => {
    const root = contentWith("countries/mk.json", (bytes) =>
      Buffer.from(bytes.toString("utf8").replace('"quickExitUrl": "https://www.wikipedia.org/"', '"quickExitUrl": "javascript:history.back()"')),
    );
    const message = await buildStart(root);
    expect(message).toContain('countries/mk.json: $.quickExitUrl: "javascript:history.back()" must be an https:// address');
  });

  it("lets the project's own content through", { timeout: 60_000 }, async () => {
    expect(await buildStart(projectRoot)).toBeUndefined();
  });
});
