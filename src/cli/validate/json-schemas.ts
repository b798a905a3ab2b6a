import { z } from "zod";
import { AboutYourUse, AdviceSet, Country, Definition, QuestionnaireLocale, ServicesToVerify, Vectors } from "../../engine/schema";

/** The committed JSON Schemas, generated from the zod schemas so that editors autocomplete what the engine accepts. */
export const JSON_SCHEMAS: { file: string; schema: z.ZodType }[] = [
  { file: "questionnaires/schema.json", schema: Definition },
  { file: "questionnaires/vectors.schema.json", schema: Vectors },
  { file: "questionnaires/questionnaire-locale.schema.json", schema: QuestionnaireLocale },
  { file: "countries/schema.json", schema: Country },
  { file: "countries/to-verify.schema.json", schema: ServicesToVerify },
  { file: "interventions/about-your-use.schema.json", schema: AboutYourUse },
  { file: "interventions/advice.schema.json", schema: AdviceSet },
];

export function renderJsonSchema(schema: z.ZodType): string {
  // io "input": the schema describes the files people write. Refinements cannot be expressed and are checked by the linter.
  return `${JSON.stringify(z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "any" }), null, 2)}\n`;
}
