import { describe, expect, it } from "vitest";
import { score } from "../../src/engine";
import { bundledDefinition, bundledDefinitions, bundledVectors } from "../support/content";

// The worked examples are computed by hand from the published rules (arithmetic in each case).
// This test compares the engine's output with them field by field, independently of the linter.
const ids = [...new Set(bundledDefinitions().map((definition) => definition.id))];

describe.each(ids)("worked examples of %s", (id) => {
  const vectors = bundledVectors(id);
  it("has at least 10 cases", () => {
    expect(vectors.cases.length).toBeGreaterThanOrEqual(10);
  });
  for (const version of vectors.versions) {
    const definition = bundledDefinition(id, version);
    it.each(vectors.cases.map((vector) => [vector.name, vector] as const))(`${version}: %s`, (_name, vector) => {
      const outcome = score(definition, vector.answers, vector.profile);
      if ("problems" in vector.expect) {
        expect(outcome.ok).toBe(false);
        if (!outcome.ok) expect([...new Set(outcome.problems.map((problem) => problem.code))].sort()).toEqual([...vector.expect.problems].sort());
        return;
      }
      expect(outcome.ok).toBe(true);
      if (!outcome.ok) return;
      const { result } = outcome;
      for (const [scoreId, value] of Object.entries(vector.expect.scores)) expect(result.scores.find((s) => s.id === scoreId)?.value).toBe(value);
      for (const [scoreId, band] of Object.entries(vector.expect.bands)) expect(result.scores.find((s) => s.id === scoreId)?.band.id).toBe(band);
      expect(result.adjustments.map((a) => a.id).sort()).toEqual([...vector.expect.adjustments].sort());
      expect(result.flags.map((f) => f.id).sort()).toEqual([...vector.expect.flags].sort());
      if (vector.expect.notices !== undefined) expect(result.notices.map((n) => n.kind).sort()).toEqual([...vector.expect.notices].sort());
    });
  }
});

describe("band boundaries", () => {
  // Every cut-off of every profile must be exercised on both sides by some worked example.
  it.each(ids)("%s: every band's lowest and highest value appears in a worked example for every profile", (id) => {
    const vectors = bundledVectors(id);
    for (const version of vectors.versions) {
      const definition = bundledDefinition(id, version);
      for (const set of definition.bands) {
        for (const variant of set.variants) {
          const sexes: readonly string[] = variant.sex ?? [];
          for (const band of variant.bands) {
            for (const value of [band.min, band.max]) {
              const covered = vectors.cases.some((vector) => {
                if ("problems" in vector.expect) return false;
                const sex = vector.profile.sex;
                const applies = variant.sex === undefined || (sex !== undefined && sexes.includes(sex));
                return applies && vector.expect.scores[set.score] === value;
              });
              expect(covered, `${id}@${version} ${set.score}=${value} (band ${band.id}, sex ${String(variant.sex)})`).toBe(true);
            }
          }
        }
      }
    }
  });
});
