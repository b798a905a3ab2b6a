import { spawn } from "node:child_process";
import path from "node:path";
import { newOutput, printed, type Run } from "../../src/cli/kit/run";
import { projectRoot } from "./content";

/** What a command printed and its exit code, as a terminal would see them. */
export type CliResult = { code: number | null; stdout: string; stderr: string };

/**
 * Runs a command in this process, as its entry file's runMain does (src/cli/kit/run.ts), and
 * returns what it would have printed. The way every CLI test calls a command.
 */
export async function runCli(run: Run, argv: readonly string[]): Promise<CliResult> {
  const output = newOutput();
  const code = await run(argv, output);
  return { code, stdout: printed(output.out), stderr: printed(output.err) };
}

/**
 * Runs an entry file of src/cli as a child process (node + tsx, as `npm run` does, without the
 * npm wrapper). Only for the few checks that need a real process: that the entry file sets the
 * exit code and writes to the right stream, or output that streams while the input is read.
 */
export function spawnCli(entry: string, args: readonly string[], onStdout?: (soFar: string) => void): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(projectRoot, "src/cli", entry), ...args], { cwd: projectRoot });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (data: Buffer) => {
      stdout += data.toString();
      onStdout?.(stdout);
    });
    child.stderr.on("data", (data: Buffer) => (stderr += data.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
