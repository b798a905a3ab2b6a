import { describe, expect, it } from "vitest";
import { compileDefinition } from "../../src/engine/compile";
import { compiledScorer } from "../../src/engine/compile-score";
import { SEX_VALUES } from "../../src/engine/profile-values";
import { score } from "../../src/engine/score";
import type { Definition } from "../../src/engine/schema/definition";
import type { Answers, Profile } from "../../src/engine/types";
import { pick, prng, randomAnswers } from "../../scripts/support/random-answers";
import { bundledDefinitions } from "../support/content";

// The compiled scorer must give exactly what score() gives. 100,000 seeded random answer sets in
// all (20,000 per bundled definition; every sex for the definitions with sex-specific cut-offs),
// made by the same walk as the benchmarks, are scored both ways and every outcome is compared
// whole: scores, ranges, bands before and after adjustments, the variant chosen for the sex
// (band ids, band counts and notices), rules, flags, and with `trace` the trace and arithmetic.
// One in ten sets is spoiled (an answer dropped, changed to a bad id or added to a hidden
// item) so that refused answer sets are compared too.

const PER_DEFINITION = 20_000;

function spoil(definition: Definition, answers: Record<string, string>, random: () => number): Record<string, string> {
  const spoiled = { ...answers };
  const item = pick(random, definition.items);
  const kind = Math.floor(random() * 3);
  if (kind === 0) delete spoiled[item.id];
  else if (kind === 1) spoiled[item.id] = "no-such-option";
  else spoiled[item.id] = pick(random, item.options).id; // may hit an item the skip logic hides
  return spoiled;
}

function sets(definition: Definition, seed: number): { answers: Answers; profile: Profile }[] {
  const random = prng(seed);
  const list: { answers: Answers; profile: Profile }[] = [];
  for (let i = 0; i < PER_DEFINITION; i++) {
    const complete = randomAnswers(definition, random);
    const answers = random() < 0.1 ? spoil(definition, complete, random) : complete;
    list.push({ answers, profile: definition.profile.includes("sex") ? { sex: pick(random, SEX_VALUES) } : {} });
  }
  return list;
}

describe("compiled scorer = score()", () => {
  it.each(bundledDefinitions().map((definition) => [`${definition.id}@${definition.version}`, definition] as const))(
    "%s: 20,000 seeded answer sets score identically, with and without the trace",
    (_key, definition) => {
      const withTrace = compiledScorer(compileDefinition(definition));
      const lean = compiledScorer(compileDefinition(definition));
      let compared = 0;
      let scored = 0;
      const sexesSeen = new Set<string>();
      for (const { answers, profile } of sets(definition, 12)) {
        const expected = score(definition, answers, profile);
        const traced = withTrace(answers, profile, { trace: true });
        // JSON text compares every field and its order, and is far quicker than a deep equal on 20,000 objects.
        if (JSON.stringify(traced) !== JSON.stringify(expected)) expect(traced).toEqual(expected);
        const quick = lean(answers, profile);
        if (expected.ok) {
          scored++;
          sexesSeen.add(profile.sex ?? "");
          const { trace: _trace, ...rest } = expected.result;
          const withoutArithmetic = { ...rest, scores: rest.scores.map(({ arithmetic: _arithmetic, ...outcome }) => outcome) };
          if (JSON.stringify(quick) !== JSON.stringify({ ok: true, result: withoutArithmetic })) {
            expect(quick).toEqual({ ok: true, result: withoutArithmetic });
          }
        } else if (JSON.stringify(quick) !== JSON.stringify(expected)) expect(quick).toEqual(expected);
        compared++;
      }
      expect(compared).toBe(PER_DEFINITION);
      // The spoiled tenth (less the spoils that happen to fit) is refused; the rest scores.
      expect(scored).toBeGreaterThan(PER_DEFINITION * 0.88);
      expect(scored).toBeLessThan(PER_DEFINITION);
      if (definition.profile.includes("sex")) expect([...sexesSeen].sort()).toEqual([...SEX_VALUES].sort());
    },
    30_000,
  );
});
