/**
 * Throughput and memory of `npm run score` on a big generated file.
 *
 *   npm run bench:score -- [--rows 1000000] [--runs 3] [--questionnaire dudit@1.0.0] [--seed 1] [--file path.csv]
 *
 * Writes a CSV of random complete responses (valid under the skip logic: each answer set is
 * built with the engine's nextItem, from a seeded PRNG), scores it --runs times, and prints
 * the median rows/s and the peak resident memory of the scoring process. With --file the
 * generated CSV is kept there (and reused when it already exists, e.g. for profiling).
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, existsSync } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Definition } from "../src/engine";
import { pick, prng, randomAnswers } from "./support/random-answers";
import { loadDefinition } from "../src/cli/score/definition";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "1000000" },
    runs: { type: "string", default: "3" },
    questionnaire: { type: "string", default: "dudit@1.0.0" },
    seed: { type: "string", default: "1" },
    file: { type: "string" },
  },
});
const rows = Number(values.rows);
const runs = Number(values.runs);

async function generate(definition: Definition, path: string): Promise<void> {
  const random = prng(Number(values.seed));
  const needsSex = definition.profile.includes("sex");
  const sexes = ["female", "male", "other", "not-given", ""];
  const out = createWriteStream(path);
  const ids = definition.items.map((item) => item.id);
  let chunk = `id,${needsSex ? "sex," : ""}${ids.join(",")}\n`;
  for (let row = 1; row <= rows; row++) {
    const answers = randomAnswers(definition, random);
    chunk += `r${row},${needsSex ? `${pick(random, sexes)},` : ""}${ids.map((id) => answers[id] ?? "").join(",")}\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await once(out, "finish");
}

/** Reports maxRSS and CPU time from inside the process when /usr/bin/time is not available. */
const RSS_HOOK =
  `data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();` +
  `process.stderr.write("maxrss_kb="+u.maxRSS+"\\ncpu_s="+(u.userCPUTime+u.systemCPUTime)/1e6+"\\n")})`;

type RunResult = { seconds: number; cpuSeconds: number; peakMb: number };

async function run(input: string, output: string): Promise<RunResult> {
  const useTime = existsSync("/usr/bin/time");
  const node = [process.execPath, "--import", "tsx", ...(useTime ? [] : ["--import", RSS_HOOK])];
  const args = [...node, join(root, "src/cli/score.ts"), input, "--questionnaire", values.questionnaire, "--out", output];
  const command = useTime ? ["/usr/bin/time", "-v", ...args] : args;
  const started = performance.now();
  const child = spawn(command[0] ?? "", command.slice(1), { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (data: Buffer) => (stderr += data.toString()));
  const [code] = (await once(child, "close")) as [number];
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`score exited with ${code}:\n${stderr.slice(-2000)}`);
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? /maxrss_kb=(\d+)/.exec(stderr)?.[1];
  // CPU time (user + system) depends far less than wall time on other jobs sharing the machine.
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr)?.[1];
  const system = /System time \(seconds\): ([\d.]+)/.exec(stderr)?.[1];
  const cpuSeconds = user !== undefined && system !== undefined ? Number(user) + Number(system) : Number(/cpu_s=([\d.]+)/.exec(stderr)?.[1]);
  return { seconds, cpuSeconds, peakMb: Number(kb) / 1024 };
}

const median = (list: number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? NaN;

const definition = await loadDefinition(values.questionnaire);
const dir = await mkdtemp(join(tmpdir(), "bench-score-"));
try {
  const input = values.file ?? join(dir, "responses.csv");
  let started = performance.now();
  if (values.file !== undefined && existsSync(values.file)) {
    console.log(`using ${values.file} as it is (assumed to hold ${rows} rows)`);
  } else {
    await generate(definition, input);
    const size = (await stat(input)).size / 1024 / 1024;
    console.log(`generated ${rows} rows of ${values.questionnaire} (${size.toFixed(0)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const results: RunResult[] = [];
  for (let i = 1; i <= runs; i++) {
    started = performance.now();
    const result = await run(input, join(dir, "results.csv"));
    results.push(result);
    console.log(
      `run ${i}: ${result.seconds.toFixed(2)} s, ${Math.round(rows / result.seconds)} rows/s; ` +
        `CPU ${result.cpuSeconds.toFixed(1)} s, ${Math.round(rows / result.cpuSeconds)} rows per CPU-second; peak RSS ${result.peakMb.toFixed(0)} MB`,
    );
  }
  const seconds = median(results.map((result) => result.seconds));
  const cpuSeconds = median(results.map((result) => result.cpuSeconds));
  console.log(
    `median of ${runs}: ${seconds.toFixed(2)} s, ${Math.round(rows / seconds)} rows/s; ` +
      `CPU ${cpuSeconds.toFixed(1)} s, ${Math.round(rows / cpuSeconds)} rows per CPU-second; peak RSS ${Math.max(...results.map((r) => r.peakMb)).toFixed(0)} MB` +
      ` (node ${process.version}, ${existsSync("/usr/bin/time") ? "/usr/bin/time -v" : "process.resourceUsage"})`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
