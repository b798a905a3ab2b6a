/**
 * In-process engine time: score N random complete DUDIT answer sets (valid under the skip
 * logic, built with nextItem from a seeded PRNG, each with a random sex). Generation is done
 * first and not timed; only the scoring calls are. Each way is warmed up on the first 100,000
 * sets (so that the JIT has compiled it and the freshly made sets have settled in the heap,
 * whose garbage collection otherwise lands in the timing), then timed PASSES times over all
 * sets; the median pass is reported. Three ways, on the same sets:
 *
 * - compiled: compiledScorer(compileDefinition(dudit)), answers as records, no trace — what
 *   `perSecond` reports (the figure `npm run bench` prints);
 * - compiled core: evaluate() on answers already read into option indices, as the scoring CLI
 *   does after reading a row;
 * - score(): the engine's original function, on the first 100,000 sets only (it is ~30x
 *   slower, and its figure settles well before that).
 *
 *   npx tsx scripts/bench/engine-timing.ts [count]     (alone; `npm run bench` also calls it)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileDefinition } from "../../src/engine/compile";
import { evaluate, newEvaluation } from "../../src/engine/compile-evaluate";
import { compiledScorer, readAnswers, sexIndexOf } from "../../src/engine/compile-score";
import { score } from "../../src/engine/score";
import { Definition } from "../../src/engine/schema/definition";
import type { Answers, Profile } from "../../src/engine/types";
import { pick, prng, randomAnswers } from "../support/random-answers";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const LEGACY_SETS = 100_000;
const WARM_UP = 100_000;
const PASSES = 3;

export type EngineTiming = {
  count: number;
  seconds: number;
  /** Compiled scorer, answers as records. */
  perSecond: number;
  core: { count: number; seconds: number; perSecond: number };
  legacy: { count: number; seconds: number; perSecond: number };
};

/** Runs `run(from, to)` on the first WARM_UP sets untimed, then PASSES times on all; the median pass. */
function timed(count: number, run: (from: number, to: number) => number): { count: number; seconds: number; perSecond: number } {
  run(0, Math.min(count, WARM_UP));
  const passes: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    const started = performance.now();
    const failures = run(0, count);
    passes.push((performance.now() - started) / 1000);
    if (failures > 0) throw new Error(`bench: ${failures} of ${count} random complete answer sets did not score`);
  }
  const seconds = [...passes].sort((a, b) => a - b)[Math.floor(PASSES / 2)] ?? NaN;
  return { count, seconds, perSecond: count / seconds };
}

export function timeEngine(count: number, file = "questionnaires/dudit/1.0.0.json"): EngineTiming {
  const definition = Definition.parse(JSON.parse(readFileSync(join(ROOT, file), "utf8")));
  const random = prng(1);
  const sexes = ["female", "male", "other", "not-given"] as const;
  const sets: { answers: Answers; profile: Profile }[] = [];
  for (let i = 0; i < count; i++) {
    sets.push({ answers: randomAnswers(definition, random), profile: { sex: pick(random, sexes) } });
  }
  const compiled = compileDefinition(definition);

  const scorer = compiledScorer(compiled);
  const main = timed(count, (from, to) => {
    let failures = 0;
    for (let i = from; i < to; i++) {
      const set = sets[i];
      if (set !== undefined && !scorer(set.answers, set.profile).ok) failures++;
    }
    return failures;
  });

  // The CLI reads cells straight into option indices; do that reading here, untimed.
  const e = newEvaluation(compiled);
  const items = compiled.items.length;
  const choices = new Int32Array(count * items);
  const sexOf = new Int8Array(count);
  sets.forEach(({ answers, profile }, i) => {
    readAnswers(compiled, e, answers);
    choices.set(e.choices, i * items);
    sexOf[i] = sexIndexOf(compiled, profile.sex);
  });
  const core = timed(count, (from, to) => {
    let failures = 0;
    for (let i = from; i < to; i++) {
      // A plain copy: subarray() would allocate a view per set and time that instead.
      for (let j = 0, k = i * items; j < items; j++, k++) e.choices[j] = choices[k] ?? -1;
      e.sex = sexOf[i] ?? -1;
      if (!evaluate(compiled, e, false)) failures++;
    }
    return failures;
  });

  const legacySets = sets.slice(0, Math.min(count, LEGACY_SETS));
  const legacy = timed(legacySets.length, (from, to) => {
    let failures = 0;
    for (let i = from; i < to; i++) {
      const set = legacySets[i];
      if (set !== undefined && !score(definition, set.answers, set.profile).ok) failures++;
    }
    return failures;
  });

  const rate = (perSecond: number): string => Math.round(perSecond).toLocaleString("en");
  console.log(
    `engine (DUDIT, in-process, median of ${PASSES} passes): compiled ${rate(main.perSecond)} scorings/s (${count.toLocaleString("en")} sets in ${main.seconds.toFixed(2)} s); ` +
      `compiled core from option indices ${rate(core.perSecond)}/s; score() ${rate(legacy.perSecond)}/s (${legacy.count.toLocaleString("en")} sets)`,
  );
  return { count, seconds: main.seconds, perSecond: main.perSecond, core, legacy };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  timeEngine(Number(process.argv[2] ?? 1_000_000));
}
