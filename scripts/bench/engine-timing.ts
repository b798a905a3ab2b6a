/**
 * In-process engine time: score N random complete DUDIT answer sets (valid under the skip
 * logic, built with nextItem from a seeded PRNG) with the engine's score(). Generation is
 * done first and not timed; only the score() calls are.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { score, type Answers, type Profile } from "../../src/engine";
import { Definition } from "../../src/engine/schema";
import { pick, prng, randomAnswers } from "../support/random-answers";
import { ROOT } from "../../tests/e2e/support/paths";

export function timeEngine(count: number, file = "questionnaires/dudit/1.0.0.json"): { count: number; seconds: number; perSecond: number } {
  const definition = Definition.parse(JSON.parse(readFileSync(join(ROOT, file), "utf8")));
  const random = prng(1);
  const sexes = ["female", "male", "other", "not-given"] as const;
  const sets: { answers: Answers; profile: Profile }[] = [];
  for (let i = 0; i < count; i++) {
    sets.push({ answers: randomAnswers(definition, random), profile: { sex: pick(random, sexes) } });
  }
  let failures = 0;
  const started = performance.now();
  for (const { answers, profile } of sets) if (!score(definition, answers, profile).ok) failures++;
  const seconds = (performance.now() - started) / 1000;
  if (failures > 0) throw new Error(`bench: ${failures} of ${count} random complete answer sets did not score`);
  return { count, seconds, perSecond: count / seconds };
}
