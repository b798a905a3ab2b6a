import { z } from "zod";
import { Sex } from "./definition";

export const VectorCase = z.strictObject({
  name: z.string().min(1),
  profile: z.strictObject({ sex: Sex.optional() }),
  answers: z.record(z.string(), z.string()),
  arithmetic: z.string().min(1).describe("The sum worked by hand from the published rules."),
  expect: z.union([
    z.strictObject({
      scores: z.record(z.string(), z.number().int()),
      bands: z.record(z.string(), z.string()),
      adjustments: z.array(z.string()),
      flags: z.array(z.string()),
      notices: z.array(z.string()).optional(),
    }),
    z.strictObject({ problems: z.array(z.string()).min(1) }),
  ]),
});
export type VectorCase = z.infer<typeof VectorCase>;

/** Worked examples, computed by hand, that the engine must reproduce. */
export const Vectors = z
  .strictObject({
    $schema: z.string().optional(),
    questionnaire: z.string().min(1),
    versions: z.array(z.string()).min(1).describe("The definition versions these cases hold for."),
    cases: z.array(VectorCase).min(1),
  })
  .meta({ id: "QuestionnaireVectors", title: "Selfcheck worked examples" });
export type Vectors = z.infer<typeof Vectors>;
