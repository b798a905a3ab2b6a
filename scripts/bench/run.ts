/**
 * `npm run bench`: builds the production app, serves dist/ on 127.0.0.1 with Brotli and the
 * headers of deploy/security-headers.conf, and drives a whole DUDIT self-check in a fresh
 * Debian Chromium per run with the phone profile (profile.ts): one warm-up, then --runs
 * measured runs (default 5). Also times the engine in-process and `npm run validate`.
 * Prints a Markdown table of medians (min – max) and writes .bench/results.json.
 *
 *   npm run bench -- [--runs 5] [--no-build] [--engine-sets 1000000]
 *
 * Exits non-zero when a budget of issue 6 is missed or a CSP violation is seen.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { brotliCompressSync } from "node:zlib";
import { DIST, ROOT } from "../../tests/e2e/support/paths";
import { startStaticServer } from "../../tests/e2e/support/server";
import { timeEngine } from "./engine-timing";
import { measureCheck, type RunReadings } from "./measure-check";
import { BUDGETS, PHONE_PROFILE } from "./profile";
import { spread, table, type Row } from "./stats";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    "no-build": { type: "boolean", default: false },
    "engine-sets": { type: "string", default: "1000000" },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`bench: --runs must be a whole number ≥ 1, got ${values.runs}`);

if (!values["no-build"]) execFileSync("npx", ["vite", "build"], { cwd: ROOT, stdio: "inherit" });

/** Every file of dist/ with its size and Brotli size (quality 11, as the bench server sends). */
function bundleSizes(): { file: string; bytes: number; brotli: number }[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(DIST);
  return files
    .map((path) => {
      const body = readFileSync(path);
      return { file: relative(DIST, path), bytes: body.length, brotli: brotliCompressSync(body).length };
    })
    .sort((a, b) => b.brotli - a.brotli);
}

const server = await startStaticServer(DIST, { brotli: true });
const measured: RunReadings[] = [];
try {
  console.log("bench: warm-up run (not counted)");
  await measureCheck(server.origin);
  for (let run = 1; run <= runs; run++) {
    const readings = await measureCheck(server.origin);
    measured.push(readings);
    console.log(
      `bench: run ${run}/${runs}: first usable question ${readings.firstUsableQuestionMs.toFixed(0)} ms, ` +
        `${(readings.bytesBeforeFirstQuestion.total / 1024).toFixed(1)} KB before it`,
    );
  }
} finally {
  await server.close();
}

const engine = timeEngine(Number(values["engine-sets"]));
const validateStarted = performance.now();
const validate = spawnSync("npm", ["run", "--silent", "validate"], { cwd: ROOT, encoding: "utf8" });
const validateMs = performance.now() - validateStarted;
if (validate.status !== 0) console.error(`bench: npm run validate failed (exit ${validate.status}):\n${validate.stdout}${validate.stderr}`);

const pick = (read: (r: RunReadings) => number) => spread(measured.map(read));
const bytes = pick((r) => r.bytesBeforeFirstQuestion.total);
const firstUsable = pick((r) => r.firstUsableQuestionMs);
const mainThread = pick((r) => r.lastAnswerToResultMainThreadMs);
const cls = pick((r) => r.cls);
const rows: Row[] = [
  { label: "transferred before the first usable question", unit: "KB", spread: bytes, budget: { limit: BUDGETS.bytesBeforeFirstQuestion, ok: bytes.median <= BUDGETS.bytesBeforeFirstQuestion } },
  { label: "… of which HTML", unit: "KB", spread: pick((r) => r.bytesBeforeFirstQuestion.html) },
  { label: "… of which JS", unit: "KB", spread: pick((r) => r.bytesBeforeFirstQuestion.js) },
  { label: "… of which CSS", unit: "KB", spread: pick((r) => r.bytesBeforeFirstQuestion.css) },
  { label: "… of which other", unit: "KB", spread: pick((r) => r.bytesBeforeFirstQuestion.other) },
  { label: "requests before the first usable question", unit: "", spread: pick((r) => r.bytesBeforeFirstQuestion.requests) },
  { label: "first contentful paint", unit: "ms", spread: pick((r) => r.fcpMs) },
  { label: "start screen live (navigation → Start button enabled)", unit: "ms", spread: pick((r) => r.startReadyMs) },
  { label: "first usable question (navigation → DUDIT q1 radio usable)", unit: "ms", spread: firstUsable, budget: { limit: BUDGETS.firstUsableQuestionMs, ok: firstUsable.median <= BUDGETS.firstUsableQuestionMs } },
  { label: "last answer → result painted (Event Timing of the click)", unit: "ms", spread: mainThread, budget: { limit: BUDGETS.lastAnswerToResultMainThreadMs, ok: mainThread.max < BUDGETS.lastAnswerToResultMainThreadMs } },
  { label: "last answer → result shown, elapsed", unit: "ms", spread: pick((r) => r.lastAnswerToResultElapsedMs) },
  { label: "last answer → result, renderer task time incl. driver (CDP)", unit: "ms", spread: pick((r) => r.lastAnswerTaskTimeMs) },
  { label: "JS heap after the run (after GC)", unit: "MB", spread: pick((r) => r.jsHeapAfterRunBytes) },
  { label: "cumulative layout shift", unit: "", spread: cls, budget: { limit: BUDGETS.cumulativeLayoutShift, ok: cls.max <= BUDGETS.cumulativeLayoutShift } },
];
const violations = measured.flatMap((r) => r.cspViolations);
const sizes = bundleSizes();

console.log(`\nSelfcheck bench: ${runs} runs after a warm-up, Chromium, ${PHONE_PROFILE.cpuSlowdown}x CPU, ${PHONE_PROFILE.latencyMs} ms, 1.6 Mbps down, 750 kbps up, Brotli, cold cache\n`);
console.log(table(rows));
console.log(`\nengine: ${engine.count.toLocaleString("en")} random DUDIT answer sets scored in ${engine.seconds.toFixed(2)} s (${Math.round(engine.perSecond).toLocaleString("en")}/s)`);
console.log(`npm run validate: ${(validateMs / 1000).toFixed(2)} s wall time (exit ${validate.status})`);
console.log(`dist/: ${sizes.length} files, ${(sizes.reduce((sum, f) => sum + f.brotli, 0) / 1024).toFixed(1)} KB Brotli in all; largest:`);
for (const file of sizes.slice(0, 6)) console.log(`  ${file.file}: ${(file.bytes / 1024).toFixed(1)} KB, ${(file.brotli / 1024).toFixed(1)} KB Brotli`);
if (violations.length > 0) console.log(`CSP violations: ${violations.join("; ")}`);

mkdirSync(join(ROOT, ".bench"), { recursive: true });
const report = { date: new Date().toISOString(), node: process.version, profile: PHONE_PROFILE, budgets: BUDGETS, runs: measured, rows, engine, validate: { ms: validateMs, exit: validate.status }, dist: sizes };
writeFileSync(join(ROOT, ".bench", "results.json"), `${JSON.stringify(report, null, 2)}\n`);
console.log("\nwrote .bench/results.json");

const missed = rows.filter((row) => row.budget !== undefined && !row.budget.ok).map((row) => row.label);
if (missed.length > 0 || violations.length > 0 || validate.status !== 0) {
  console.error(`bench: budgets missed: ${missed.join(", ") || "none"}; CSP violations: ${violations.length}`);
  process.exitCode = 1;
}
