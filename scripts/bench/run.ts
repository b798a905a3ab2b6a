/**
 * `npm run bench`: builds the production app, serves a snapshot of dist/ on 127.0.0.1 with
 * Brotli and the headers of deploy/security-headers.conf, with the hand-written DUDIT page of
 * scripts/bench/handwritten/ added at /bench-handwritten/, and drives a whole DUDIT self-check
 * on the app's country page /mk/en/ and on the hand-written page, alternately, each in a fresh
 * Debian Chromium with the phone profile (profile.ts): one warm-up of each, then --runs
 * measured runs of each (default 5). Also times the engine in-process and `npm run validate`.
 * Prints one Markdown table of medians (min – max) for both pages, with app ÷ hand-written,
 * and writes .bench/results.json.
 *
 *   npm run bench -- [--runs 5] [--no-build] [--engine-sets 1000000]
 *
 * Exits non-zero when a budget of issue 10 is missed, a run's service worker did not install,
 * or a CSP violation is seen.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { brotliCompressSync } from "node:zlib";
import { DIST, ROOT } from "../support/browser/paths";
import { startStaticServer } from "../support/browser/server";
import { ByteCounter } from "./byte-counter";
import { timeEngine } from "./engine-timing";
import { measureCheck, type RunReadings } from "./measure-check";
import { BUDGETS, PHONE_PROFILE } from "./profile";
import { HANDWRITTEN_DIR, handwrittenHeaders, prewarm, snapshot, TARGETS } from "./site";
import { format, ratioOf, spread, table, type Row } from "./stats";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    "no-build": { type: "boolean", default: false },
    "engine-sets": { type: "string", default: "1000000" },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`bench: --runs must be a whole number ≥ 1, got ${values.runs}`);

if (!values["no-build"]) execFileSync("npx", ["vite", "build", "--configLoader", "runner"], { cwd: ROOT, stdio: "inherit" });

/** Every file of a directory with its size and Brotli size (quality 11, as the bench server sends). */
function sizes(root: string): { file: string; bytes: number; brotli: number }[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(root);
  return files
    .map((path) => {
      const body = readFileSync(path);
      return { file: relative(root, path), bytes: body.length, brotli: brotliCompressSync(body).length };
    })
    .sort((a, b) => b.brotli - a.brotli);
}

const site = snapshot(DIST);
// The build that is measured, even if dist/ is rebuilt meanwhile.
const dist = sizes(site).filter((file) => !file.file.startsWith("bench-handwritten"));
const counter = new ByteCounter();
const server = await startStaticServer(site, { brotli: true, caching: "production", onResponse: counter.record, headersFor: handwrittenHeaders(site) });
await prewarm(site, server.origin);
const measured: RunReadings[] = [];
const describe = (r: RunReadings): string =>
  `question 1 usable ${r.firstUsableQuestionMs.toFixed(0)} ms, result ${r.navigationToResultMs.toFixed(0)} ms, ` +
  `last answer ${r.lastAnswerToResultMainThreadMs.toFixed(0)} ms, ${format(r.bytesBeforeFirstQuestion.total, "KB")} KB before question 1, ` +
  `${format(r.firstVisit.bytes, "KB")} KB in ${r.firstVisit.requests} responses in all (service worker: ${r.serviceWorker})`;
try {
  for (const target of TARGETS) {
    console.log(`bench: warm-up, ${target.label} (not counted): ${describe(await measureCheck(server.origin, target, counter))}`);
  }
  for (let run = 1; run <= runs; run++) {
    for (const target of TARGETS) {
      const readings = await measureCheck(server.origin, target, counter);
      measured.push(readings);
      console.log(`bench: run ${run}/${runs}, ${target.label}: ${describe(readings)}`);
    }
  }
} finally {
  await server.close();
  rmSync(site, { recursive: true, force: true });
}

const engine = timeEngine(Number(values["engine-sets"]));
const validateStarted = performance.now();
const validate = spawnSync("npm", ["run", "--silent", "validate"], { cwd: ROOT, encoding: "utf8" });
const validateMs = performance.now() - validateStarted;
if (validate.status !== 0) console.error(`bench: npm run validate failed (exit ${validate.status}):\n${validate.stdout}${validate.stderr}`);

const app = measured.filter((r) => r.target === "app");
const handwritten = measured.filter((r) => r.target === "handwritten");
const both = (read: (r: RunReadings) => number) => ({ app: spread(app.map(read)), handwritten: spread(handwritten.map(read)) });
const kb = (bytes: number) => `${format(bytes, "KB")} KB`;

const firstUsable = both((r) => r.firstUsableQuestionMs);
const toResult = both((r) => r.navigationToResultMs);
const before = both((r) => r.bytesBeforeFirstQuestion.total);
const visit = both((r) => r.firstVisit.bytes);
const lastAnswer = both((r) => r.lastAnswerToResultMainThreadMs);
const cls = both((r) => r.cls);
const rows: Row[] = [
  {
    label: "question 1 usable (navigation → a radio of question 1 visible, enabled, on top)",
    unit: "ms",
    ...firstUsable,
    ratio: true,
    budget: { text: `≤ ${BUDGETS.firstUsableQuestionRatio}× hand-written`, ok: ratioOf(firstUsable) <= BUDGETS.firstUsableQuestionRatio },
  },
  {
    label: "navigation → result painted, with all 24 taps (11 × answer + Next, Male, See my result)",
    unit: "ms",
    ...toResult,
    ratio: true,
    budget: { text: `≤ ${BUDGETS.navigationToResultRatio}× hand-written`, ok: ratioOf(toResult) <= BUDGETS.navigationToResultRatio },
  },
  { label: "first contentful paint", unit: "ms", ...both((r) => r.fcpMs), ratio: true },
  {
    label: "transferred before question 1 is usable (CDP, encoded, headers included)",
    unit: "KB",
    ...before,
    ratio: true,
    budget: { text: `≤ ${kb(BUDGETS.bytesBeforeFirstQuestion)}`, ok: before.app.median <= BUDGETS.bytesBeforeFirstQuestion },
  },
  { label: "… of which HTML", unit: "KB", ...both((r) => r.bytesBeforeFirstQuestion.html) },
  { label: "… of which JS", unit: "KB", ...both((r) => r.bytesBeforeFirstQuestion.js) },
  { label: "… of which CSS", unit: "KB", ...both((r) => r.bytesBeforeFirstQuestion.css) },
  { label: "… of which other", unit: "KB", ...both((r) => r.bytesBeforeFirstQuestion.other) },
  { label: "requests before question 1 is usable", unit: "", ...both((r) => r.bytesBeforeFirstQuestion.requests) },
  {
    label: "sent in all on a first visit, service worker install included (server count, headers included)",
    unit: "KB",
    ...visit,
    ratio: true,
    budget: { text: `≤ ${kb(BUDGETS.bytesFirstVisit)}`, ok: visit.app.max <= BUDGETS.bytesFirstVisit },
  },
  { label: "… of which status lines and headers (HTTP/1.1, about 1 KB a response, most of it the CSP)", unit: "KB", ...both((r) => r.firstVisit.headers) },
  { label: "… of which not asked for by the page (the service worker’s install; CDP of the page does not see it)", unit: "KB", ...both((r) => r.firstVisit.notByPage.bytes) },
  { label: "… of which /assets/ files sent a second time (the server sends nginx's Cache-Control, so none should be)", unit: "KB", ...both((r) => r.firstVisit.assetsAgain.bytes) },
  { label: "responses in all on a first visit (server count)", unit: "", ...both((r) => r.firstVisit.requests) },
  {
    label: "last answer → result painted, Event Timing of the “See my result” click (16 = under the API’s threshold)",
    unit: "ms",
    ...lastAnswer,
    budget: { text: `< ${BUDGETS.lastAnswerToResultMainThreadMs} ms in every run`, ok: lastAnswer.app.max < BUDGETS.lastAnswerToResultMainThreadMs },
  },
  { label: "last answer → result shown, elapsed", unit: "ms", ...both((r) => r.lastAnswerToResultElapsedMs) },
  { label: "last answer → result, renderer task time incl. driver (CDP)", unit: "ms", ...both((r) => r.lastAnswerTaskTimeMs) },
  { label: "JS heap after the run (after GC)", unit: "MB", ...both((r) => r.jsHeapAfterRunBytes) },
  { label: "cumulative layout shift", unit: "", ...cls, budget: { text: `${BUDGETS.cumulativeLayoutShift} in every run`, ok: cls.app.max <= BUDGETS.cumulativeLayoutShift } },
];
const violations = measured.flatMap((r) => r.cspViolations.map((violation) => `${r.target}: ${violation}`));
const workers = app.filter((r) => r.serviceWorker !== "activated").map((r) => r.serviceWorker);
const page = sizes(HANDWRITTEN_DIR);

console.log(
  `\nSelfcheck bench: ${runs} runs of each page, alternately, after a warm-up of each; Chromium, ${PHONE_PROFILE.cpuSlowdown}x CPU, ` +
    `${PHONE_PROFILE.latencyMs} ms RTT, 1.6 Mbps down, 750 kbps up, Brotli, cold cache\n`,
);
console.log(table(rows));
console.log(`\nengine: ${engine.count.toLocaleString("en")} random DUDIT answer sets scored in ${engine.seconds.toFixed(2)} s (${Math.round(engine.perSecond).toLocaleString("en")}/s)`);
console.log(`npm run validate: ${(validateMs / 1000).toFixed(2)} s wall time (exit ${validate.status})`);
console.log(`hand-written page: ${page.map((f) => `${f.file} ${f.bytes} B (${f.brotli} B Brotli)`).join(", ")}`);
console.log(`dist/: ${dist.length} files, ${(dist.reduce((sum, f) => sum + f.brotli, 0) / 1024).toFixed(1)} KB Brotli in all; largest:`);
for (const file of dist.slice(0, 6)) console.log(`  ${file.file}: ${(file.bytes / 1024).toFixed(1)} KB, ${(file.brotli / 1024).toFixed(1)} KB Brotli`);
const lastApp = app.at(-1);
if (lastApp !== undefined) {
  console.log(`app, last run, what the server sent (ms since navigation, path, bytes; * = not asked for by the page):`);
  for (const response of lastApp.served) console.log(`  ${String(response.at).padStart(6)}  ${response.byPage === true ? " " : "*"} ${response.path}  ${response.bytes}`);
}
if (violations.length > 0) console.log(`CSP violations: ${violations.join("; ")}`);
if (workers.length > 0) console.log(`service worker not activated in ${workers.length} run(s): ${workers.join("; ")}`);

mkdirSync(join(ROOT, ".bench"), { recursive: true });
const report = {
  date: new Date().toISOString(),
  node: process.version,
  profile: PHONE_PROFILE,
  budgets: BUDGETS,
  targets: TARGETS,
  runs: measured,
  rows,
  engine,
  validate: { ms: validateMs, exit: validate.status },
  dist,
  handwritten: page,
};
writeFileSync(join(ROOT, ".bench", "results.json"), `${JSON.stringify(report, null, 2)}\n`);
console.log("\nwrote .bench/results.json");

const missed = rows.filter((row) => row.budget !== undefined && !row.budget.ok).map((row) => row.label);
if (missed.length > 0 || violations.length > 0 || workers.length > 0 || validate.status !== 0) {
  console.error(`bench: budgets missed: ${missed.join("; ") || "none"}; CSP violations: ${violations.length}; service worker not activated: ${workers.length}`);
  process.exitCode = 1;
}
