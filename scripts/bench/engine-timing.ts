/**
 * In-process engine time: score N random complete DUDIT answer sets (valid under the skip
 * logic, built with nextItem from a seeded PRNG) with the engine's score(). Generation is
 * done first and not timed; only the score() calls are.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Definition, nextItem, score, type Answers, type Profile } from "../../src/engine";
import { ROOT } from "../../tests/e2e/support/paths";

/** mulberry32: small and seeded, so every run scores the same answer sets. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function timeEngine(count: number, file = "questionnaires/dudit/1.0.0.json"): { count: number; seconds: number; perSecond: number } {
  const definition = Definition.parse(JSON.parse(readFileSync(join(ROOT, file), "utf8")));
  const random = prng(1);
  const sexes = ["female", "male", "other", "not-given"] as const;
  const sets: { answers: Answers; profile: Profile }[] = [];
  for (let i = 0; i < count; i++) {
    const answers: Record<string, string> = {};
    for (let item = nextItem(definition, answers); item !== null; item = nextItem(definition, answers)) {
      answers[item.id] = item.options[Math.floor(random() * item.options.length)]?.id ?? "";
    }
    sets.push({ answers, profile: { sex: sexes[Math.floor(random() * sexes.length)] ?? "not-given" } });
  }
  let failures = 0;
  const started = performance.now();
  for (const { answers, profile } of sets) if (!score(definition, answers, profile).ok) failures++;
  const seconds = (performance.now() - started) / 1000;
  if (failures > 0) throw new Error(`bench: ${failures} of ${count} random complete answer sets did not score`);
  return { count, seconds, perSecond: count / seconds };
}
