import { z } from "zod";
import { Id } from "./condition";

/** A version of an intervention file, e.g. 1.0.0 (its file name); the advice file uses it too. */
export const Semver = z.string().regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, "a version such as 1.0.0");

export const AboutYourUseOption = z.strictObject({
  id: Id.describe("Stable id; its text is aboutYourUse.questions.<question>.options.<id> in locales/<lang>/intervention.json."),
});

export const AboutYourUseQuestion = z.strictObject({
  id: Id.describe("Stable id; its text is aboutYourUse.questions.<id>.label in locales/<lang>/intervention.json."),
  kind: z.enum(["single", "multiple"]).describe("single: at most one option; multiple: any number (e.g. substances)."),
  options: z.array(AboutYourUseOption).min(2),
});
export type AboutYourUseQuestion = z.infer<typeof AboutYourUseQuestion>;

/**
 * The optional questions after the result ("About your use"). Every question may be skipped.
 * The answers never change a score: they only choose which advice is shown (advice/<version>.json).
 */
export const AboutYourUse = z
  .strictObject({
    $schema: z.string().optional(),
    id: z.literal("about-your-use"),
    version: Semver,
    questions: z.array(AboutYourUseQuestion).min(1),
  })
  .meta({ id: "AboutYourUse", title: "Selfcheck: optional questions about use, after the result" });
export type AboutYourUse = z.infer<typeof AboutYourUse>;

/** question id -> chosen option ids (one at most for a single-choice question). A skipped question is absent or empty. */
export type AboutYourUseAnswers = Readonly<Record<string, readonly string[]>>;
