import { z } from "zod";

/**
 * Conditions are data, never string expressions: a closed vocabulary that one pure
 * function evaluates and that the rules page can print as a sentence.
 */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { answer: string; is: string }
  | { answer: string; isOneOf: string[] }
  | { answered: string }
  | { score: string; min?: number; max?: number };

const Id = z.string().regex(/^[a-z][a-z0-9-]*$/, "an id is lower-case letters, digits and hyphens, starting with a letter");

export const AllCondition: z.ZodType<{ all: Condition[] }> = z.strictObject({
  get all() {
    return z.array(ConditionSchema).min(1);
  },
});
export const AnyCondition: z.ZodType<{ any: Condition[] }> = z.strictObject({
  get any() {
    return z.array(ConditionSchema).min(1);
  },
});
export const NotCondition: z.ZodType<{ not: Condition }> = z.strictObject({
  get not() {
    return ConditionSchema;
  },
});
export const AnswerIsCondition = z.strictObject({ answer: Id, is: Id });
export const AnswerIsOneOfCondition = z.strictObject({ answer: Id, isOneOf: z.array(Id).min(1) });
export const AnsweredCondition = z.strictObject({ answered: Id });
export const ScoreInRangeCondition = z
  .strictObject({
    score: Id,
    min: z.number().int().optional(),
    max: z.number().int().optional(),
  })
  .refine((c) => c.min !== undefined || c.max !== undefined, {
    message: "a score condition needs min, max or both",
  });

export const ConditionSchema: z.ZodType<Condition> = z.union([AllCondition, AnyCondition, NotCondition, AnswerIsCondition, AnswerIsOneOfCondition, AnsweredCondition, ScoreInRangeCondition]).meta({
  id: "Condition",
  description: "One of: {all:[…]}, {any:[…]}, {not:…}, {answer, is}, {answer, isOneOf}, {answered}, {score, min?, max?}. Bounds are inclusive.",
}) as z.ZodType<Condition>;

export { Id };
