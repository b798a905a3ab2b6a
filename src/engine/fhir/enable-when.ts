import type { Condition } from "../schema/condition";
import type { Definition } from "../schema/definition";
import { optionSystem } from "./constants";
import type { EnableWhen } from "./types";

/**
 * An R4 enableWhen list has one behaviour for all its tests (all or any), and each test looks
 * at one question. So a Selfcheck condition maps exactly when it is one flat list of simple
 * tests:
 *
 * - answer is x → "=" x; not (answer is x) → "!=" x (R4: "!=" is true when no answer equals x,
 *   so an unanswered question counts as "not x", as in our engine);
 * - answered → exists true; not answered → exists false;
 * - answer is one of x, y → "=" x, "=" y with behaviour any;
 * - all of simple tests → behaviour all; any of simple tests → behaviour any;
 *   not all of / none of simple tests → any / all of the negated tests (De Morgan).
 *
 * Anything else (a list that mixes all and any, like AUDIT items 4–8) returns undefined and the
 * caller writes a note instead: no FHIRPath is invented here.
 */
export type MappedCondition = { enableWhen: EnableWhen[]; enableBehavior: "all" | "any" | undefined };

/** "one": a single test that fits either behaviour. */
type Clause = { behavior: "one" | "all" | "any"; tests: EnableWhen[] };

function literal(condition: Condition, negated: boolean, definition: Definition): Clause | undefined {
  const coding = (code: string) => ({ system: optionSystem(definition.id), code });
  if ("is" in condition) return { behavior: "one", tests: [{ question: condition.answer, operator: negated ? "!=" : "=", answerCoding: coding(condition.is) }] };
  if ("answered" in condition) return { behavior: "one", tests: [{ question: condition.answered, operator: "exists", answerBoolean: !negated }] };
  if ("isOneOf" in condition) {
    const tests: EnableWhen[] = condition.isOneOf.map((code) => ({ question: condition.answer, operator: negated ? "!=" : "=", answerCoding: coding(code) }));
    return { behavior: tests.length === 1 ? "one" : negated ? "all" : "any", tests };
  }
  return undefined;
}

function clause(condition: Condition, negated: boolean, definition: Definition): Clause | undefined {
  if ("not" in condition) return clause(condition.not, !negated, definition);
  if ("all" in condition || "any" in condition) {
    const isAll = "all" in condition;
    const parts = "all" in condition ? condition.all : condition.any;
    // not (all of a, b) = any of (not a, not b), and the other way round.
    const behavior: "all" | "any" = isAll !== negated ? "all" : "any";
    const tests: EnableWhen[] = [];
    for (const part of parts) {
      const mapped = clause(part, negated, definition);
      if (mapped === undefined || (mapped.behavior !== "one" && mapped.behavior !== behavior)) return undefined;
      tests.push(...mapped.tests);
    }
    return { behavior: tests.length === 1 ? "one" : behavior, tests };
  }
  return literal(condition, negated, definition);
}

/** The enableWhen for a showIf, or undefined when R4 enableWhen cannot express it. */
export function toEnableWhen(condition: Condition, definition: Definition): MappedCondition | undefined {
  const mapped = clause(condition, false, definition);
  if (mapped === undefined || mapped.tests.length === 0) return undefined;
  return { enableWhen: mapped.tests, enableBehavior: mapped.behavior === "one" ? undefined : mapped.behavior };
}
