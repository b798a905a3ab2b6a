import { describe, expect, it } from "vitest";
import { resultOf } from "../../src/engine/compile-result";
import { SEX_VALUES } from "../../src/engine/profile-values";
import { score } from "../../src/engine/score";
import type { Definition } from "../../src/engine/schema/definition";
import { columnsOf } from "../../src/cli/score/columns";
import { scoreLine } from "../../src/cli/score/line";
import { rowContext } from "../../src/cli/score/rows";
import { pick, prng, randomAnswers } from "../../scripts/support/random-answers";
import { bundledDefinitions } from "../support/content";

// The scoring CLI reads most CSV lines in place (src/cli/score/line.ts) instead of splitting them.
// For 5,000 seeded rows per bundled definition — answers from the same walk as the benchmarks,
// written as CSV lines, some with spaces around cells, "\r" line ends, an empty or wrong sex, a
// bad option, a missing answer or an answer to a skipped item — the row the CLI scores (with
// --strict, the engine's own rules) must be exactly what score() gives for the same answers:
// same result, or refused exactly when score() refuses.

function lineFor(definition: Definition, random: () => number, row: number): { line: string; answers: Record<string, string>; sex: string } {
  const answers: Record<string, string> = randomAnswers(definition, random);
  const spoil = random();
  const item = pick(random, definition.items);
  if (spoil < 0.03) answers[item.id] = "no-such-option";
  else if (spoil < 0.06) delete answers[item.id];
  else if (spoil < 0.09) answers[item.id] = pick(random, item.options).id;
  const needsSex = definition.profile.includes("sex");
  const sex = needsSex ? pick(random, [...SEX_VALUES, "", "Male"]) : "";
  const pad = (cell: string): string => (random() < 0.05 ? ` ${cell} ` : cell);
  const cells = [`r${row}`, ...(needsSex ? [sex] : []), ...definition.items.map((candidate) => answers[candidate.id] ?? "")].map(pad);
  return { line: `${cells.join(",")}${random() < 0.1 ? "\r" : ""}`, answers, sex };
}

describe("the scoring CLI's in-place line reading", () => {
  it.each(bundledDefinitions().map((definition) => [`${definition.id}@${definition.version}`, definition] as const))(
    "%s: 5,000 seeded lines score as score() scores their answers",
    (_key, definition) => {
      const context = rowContext(definition, [], true);
      const header = ["id", ...(context.needsSex ? ["sex"] : []), ...definition.items.map((item) => item.id)];
      const columns = columnsOf(context, header);
      const random = prng(21);
      let refused = 0;
      for (let row = 1; row <= 5_000; row++) {
        const { line, answers, sex } = lineFor(definition, random, row);
        const result = scoreLine(context, columns, { row, line });
        expect(result.id).toBe(`r${row}`);
        const validSex = sex === "" || (SEX_VALUES as readonly string[]).includes(sex);
        const expected = score(definition, answers, context.needsSex ? { sex: sex === "" ? "not-given" : (sex as (typeof SEX_VALUES)[number]) } : {});
        if (!expected.ok || !validSex) {
          refused++;
          if (result.scored) expect({ line, scored: true }).toEqual({ line, scored: false });
          continue;
        }
        if (!result.scored) expect({ line, errors: result.errors }).toEqual({ line, errors: [] });
        const { trace: _trace, ...rest } = resultOf(context.compiled, context.evaluation, true);
        const { trace: _expectedTrace, ...expectedRest } = expected.result;
        if (JSON.stringify(rest) !== JSON.stringify(expectedRest)) expect({ line, result: rest }).toEqual({ line, result: expectedRest });
      }
      // About a tenth of the lines are spoiled; most of the rest must have scored.
      expect(refused).toBeGreaterThan(100);
      expect(refused).toBeLessThan(1_500);
    },
  );
});
