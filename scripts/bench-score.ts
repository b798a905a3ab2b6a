/**
 * Throughput and memory of `npm run score` on a big generated file.
 *
 *   npm run bench:score -- [--rows 1000000] [--runs 3] [--questionnaire dudit@1.0.0] [--seed 1] [--file path.csv]
 *
 * Writes a CSV of random complete responses (valid under the skip logic: each answer set is
 * built with the engine's nextItem, from a seeded PRNG), scores it --runs times, and prints
 * the median rows/s and the peak resident memory of the scoring process. In the same run it
 * times a plain Node script that only reads the same file and splits it into lines and cells
 * (no tsx, no scoring, no output), and prints how many times longer scoring takes: a figure
 * that moves far less than seconds when other jobs share the machine. With --file the
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
import type { Definition } from "../src/engine/schema/definition";
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
const RSS_HOOK = `data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();` + `process.stderr.write("maxrss_kb="+u.maxRSS+"\\ncpu_s="+(u.userCPUTime+u.systemCPUTime)/1e6+"\\n")})`;

/**
 * The floor to compare with: read the file as the CLI does (UTF-8, 256 KiB pieces), split it
 * into lines and each line into cells, and nothing else. Plain Node, no TypeScript loader.
 */
const READ_AND_SPLIT = `
import { createReadStream } from "node:fs";
let rest = "", rows = 0, cells = 0;
for await (const piece of createReadStream(process.argv[1], { encoding: "utf8", highWaterMark: 1 << 18 })) {
  const lines = (rest + piece).split("\\n");
  rest = lines.pop();
  for (const line of lines) { cells += line.split(",").length; rows++; }
}
if (rest !== "") { cells += rest.split(",").length; rows++; }
process.stderr.write("read " + rows + " lines, " + cells + " cells\\n");
`;

type RunResult = { seconds: number; cpuSeconds: number; peakMb: number };

function scoreCommand(input: string, output: string, useTime: boolean): string[] {
  const node = [process.execPath, "--import", "tsx", ...(useTime ? [] : ["--import", RSS_HOOK])];
  return [...node, join(root, "src/cli/score.ts"), input, "--questionnaire", values.questionnaire, "--out", output];
}

function readAndSplitCommand(input: string, useTime: boolean): string[] {
  return [process.execPath, ...(useTime ? [] : ["--import", RSS_HOOK]), "--input-type=module", "-e", READ_AND_SPLIT, input];
}

async function run(args: (useTime: boolean) => string[]): Promise<RunResult> {
  const useTime = existsSync("/usr/bin/time");
  const command = useTime ? ["/usr/bin/time", "-v", ...args(useTime)] : args(useTime);
  const started = performance.now();
  const child = spawn(command[0] ?? "", command.slice(1), { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (data: Buffer) => (stderr += data.toString()));
  const [code] = (await once(child, "close")) as [number];
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`${command.join(" ").slice(0, 200)} exited with ${code}:\n${stderr.slice(-2000)}`);
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
  const started = performance.now();
  if (values.file !== undefined && existsSync(values.file)) {
    console.log(`using ${values.file} as it is (assumed to hold ${rows} rows)`);
  } else {
    await generate(definition, input);
    const size = (await stat(input)).size / 1024 / 1024;
    console.log(`generated ${rows} rows of ${values.questionnaire} (${size.toFixed(0)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const results: RunResult[] = [];
  const floors: RunResult[] = [];
  // Each scoring run is paired with a read-and-split run right before it, so both see the same load.
  for (let i = 1; i <= runs; i++) {
    const floor = await run((useTime) => readAndSplitCommand(input, useTime));
    floors.push(floor);
    const result = await run((useTime) => scoreCommand(input, join(dir, "results.csv"), useTime));
    results.push(result);
    console.log(
      `run ${i}: ${result.seconds.toFixed(2)} s, ${Math.round(rows / result.seconds)} rows/s; ` +
        `CPU ${result.cpuSeconds.toFixed(1)} s, ${Math.round(rows / result.cpuSeconds)} rows per CPU-second; peak RSS ${result.peakMb.toFixed(0)} MB; ` +
        `plain read-and-split ${floor.seconds.toFixed(2)} s (CPU ${floor.cpuSeconds.toFixed(1)} s): ${(result.seconds / floor.seconds).toFixed(1)}x`,
    );
  }
  const seconds = median(results.map((result) => result.seconds));
  const cpuSeconds = median(results.map((result) => result.cpuSeconds));
  const floorSeconds = median(floors.map((floor) => floor.seconds));
  const floorCpu = median(floors.map((floor) => floor.cpuSeconds));
  console.log(
    `median of ${runs}: ${seconds.toFixed(2)} s, ${Math.round(rows / seconds)} rows/s; ` +
      `CPU ${cpuSeconds.toFixed(1)} s, ${Math.round(rows / cpuSeconds)} rows per CPU-second; peak RSS ${Math.max(...results.map((r) => r.peakMb)).toFixed(0)} MB` +
      ` (node ${process.version}, ${existsSync("/usr/bin/time") ? "/usr/bin/time -v" : "process.resourceUsage"})`,
  );
  console.log(
    `plain Node read-and-split of the same file: median ${floorSeconds.toFixed(2)} s, CPU ${floorCpu.toFixed(1)} s; ` +
      `scoring takes ${(seconds / floorSeconds).toFixed(1)}x its wall time, ${(cpuSeconds / floorCpu).toFixed(1)}x its CPU time (aim: at most 3x)`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
