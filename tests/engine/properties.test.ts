import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bandSetFor, reachableRange, score, variantFor } from "../../src/engine";
import { bundledDefinitions } from "../support/content";
import { anyProfile, completeAnswers } from "../support/random-answers";

describe.each(bundledDefinitions().map((definition) => [`${definition.id}@${definition.version}`, definition] as const))("%s over random complete answer sets", (_key, definition) => {
  const input = fc.record({ answers: completeAnswers(definition), profile: anyProfile(definition) });

  it("always scores, and each score lies in its reachable range", () => {
    fc.assert(
      fc.property(input, ({ answers, profile }) => {
        const outcome = score(definition, answers, profile);
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        for (const result of outcome.result.scores) {
          const scoreDef = definition.scores.find((candidate) => candidate.id === result.id);
          expect(scoreDef).toBeDefined();
          if (scoreDef === undefined) return;
          const range = reachableRange(definition, scoreDef);
          expect(Number.isInteger(result.value)).toBe(true);
          expect(result.value).toBeGreaterThanOrEqual(range.min);
          expect(result.value).toBeLessThanOrEqual(range.max);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("puts each score in exactly one band of its profile's variant", () => {
    fc.assert(
      fc.property(input, ({ answers, profile }) => {
        const outcome = score(definition, answers, profile);
        if (!outcome.ok) throw new Error("did not score");
        for (const result of outcome.result.scores) {
          const variant = variantFor(bandSetFor(definition, result.id) ?? { score: "", variants: [] }, profile);
          const holding = variant?.bands.filter((band) => result.value >= band.min && result.value <= band.max) ?? [];
          expect(holding).toHaveLength(1);
          expect(result.bandFromCutoffs.id).toBe(holding[0]?.id);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("has a trace whose points sum to each score", () => {
    fc.assert(
      fc.property(input, ({ answers, profile }) => {
        const outcome = score(definition, answers, profile);
        if (!outcome.ok) throw new Error("did not score");
        const { trace, scores } = outcome.result;
        for (const result of scores) {
          const listed = definition.scores.find((candidate) => candidate.id === result.id)?.items ?? [];
          const sum = trace.items.filter((item) => listed.includes(item.itemId)).reduce((total, item) => total + item.points, 0);
          expect(sum).toBe(result.value);
        }
        for (const item of trace.items) {
          const expectedPoints = definition.items.find((candidate) => candidate.id === item.itemId)?.options.find((option) => option.id === item.optionId)?.points ?? 0;
          expect(item.points).toBe(expectedPoints);
          expect(item.shown || item.optionId === null).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("gives the same output for the same input", () => {
    fc.assert(
      fc.property(input, ({ answers, profile }) => {
        expect(score(definition, answers, profile)).toEqual(score(definition, structuredClone(answers), { ...profile }));
      }),
      { numRuns: 200 },
    );
  });

  it("refuses every answer set with one shown item left out", () => {
    fc.assert(
      fc.property(input, fc.nat(), ({ answers, profile }, pick) => {
        const answered = Object.keys(answers);
        const dropped = answered[pick % answered.length];
        if (dropped === undefined) return;
        const { [dropped]: _removed, ...rest } = answers;
        const outcome = score(definition, rest, profile);
        expect(outcome.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
