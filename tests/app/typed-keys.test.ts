import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

// The compile-time half of issue 12's guard: src/app/i18n/i18next.d.ts types t()'s keys from
// locales/en, so a key that is not there fails the typecheck. Each fixture is checked by the
// project's own tsc with a tsconfig holding only the type declaration and that fixture.

const ROOT = join(import.meta.dirname, "..", "..");
const FIXTURES = join(ROOT, "tests", "fixtures", "typed-keys");
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");

async function typecheck(fixture: string): Promise<{ exitCode: number; output: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [TSC, "-p", join(FIXTURES, `tsconfig.${fixture}.json`), "--pretty", "false"], { cwd: ROOT });
    return { exitCode: 0, output: stdout };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: unknown };
    if (typeof failed.code !== "number") throw error;
    return { exitCode: failed.code, output: String(failed.stdout) };
  }
}

/** The lines of a fixture that call t(), 1-based: where tsc must report (or not report) an error. */
function tCallLines(file: string): number[] {
  return readFileSync(join(FIXTURES, file), "utf8")
    .split("\n")
    .flatMap((line, index) => (/\{t\(/.test(line) ? [index + 1] : []));
}

/** The fixture's lines tsc reports an error on. */
function errorLines(output: string, file: string): number[] {
  const pattern = new RegExp(`${file.replace(".", "\\.")}\\((\\d+),\\d+\\): error`, "g");
  return [...output.matchAll(pattern)].map((match) => Number(match[1]));
}

describe("typed UI text keys", { timeout: 60_000 }, () => {
  it("a key that is not in the English locale fails the typecheck, naming the key", async () => {
    const { exitCode, output } = await typecheck("wrong-key");
    expect(exitCode).not.toBe(0);
    // One error for each wrong call, and none elsewhere.
    const calls = tCallLines("wrong-key.tsx");
    expect(calls).toHaveLength(4);
    expect(errorLines(output, "wrong-key.tsx")).toEqual(calls);
    expect(output.match(/error TS\d+/g)).toHaveLength(calls.length);
    for (const key of ["no.such.key", "access.free", "no.such.fallback"]) expect(output).toContain(`'"${key}"'`);
    // The key built from a union names each member, the one without a text among them.
    expect(output).toContain(`'"services.kind.helpline" | "services.kind.sauna"'`);
  });

  it("keys that are there pass, also one built from a union and one chosen by a condition", async () => {
    const { exitCode, output } = await typecheck("good-key");
    expect(output).toBe("");
    expect(exitCode).toBe(0);
  });
});
