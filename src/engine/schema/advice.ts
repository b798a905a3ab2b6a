import { z } from "zod";
import { Semver } from "./about-your-use";
import { Id } from "./condition";

/** A publication an advice message rests on. Bibliographic, so not translated. */
export const AdviceSource = z.strictObject({
  id: Id,
  publisher: z.string().min(1).describe("Who published it, e.g. WHO, EMCDDA (now EUDA)."),
  title: z.string().min(1).describe("The publication's own title."),
  year: z.number().int().min(1900).max(2100).optional().describe("The year the source shows; left out when it shows none."),
  url: z.url().describe("Where it was read."),
  uses: z.string().min(1).describe("For reviewers: what the messages take from this source."),
});
export type AdviceSource = z.infer<typeof AdviceSource>;

/** Holds when the answer to `question` includes any of `anyOf`. */
export const AdviceClause = z.strictObject({
  question: Id,
  anyOf: z.array(Id).min(1),
});
export type AdviceClause = z.infer<typeof AdviceClause>;

export const AdviceKind = z.enum(["safety", "safer-use", "young-people"]);
export type AdviceKind = z.infer<typeof AdviceKind>;

export const AdviceMessage = z.strictObject({
  id: Id.describe("Stable id; its text is advice.messages.<id> in locales/<lang>/intervention.json."),
  kind: AdviceKind,
  when: z.array(AdviceClause).min(1).describe("Shown when every clause holds (and, between clauses; or, within a clause's anyOf)."),
  sources: z.array(Id).min(1).describe("Ids from sources: every message names where it comes from."),
});
export type AdviceMessage = z.infer<typeof AdviceMessage>;

export const AdviceSet = z
  .strictObject({
    $schema: z.string().optional(),
    id: z.literal("advice"),
    version: Semver,
    aboutYourUse: z
      .string()
      .regex(/^about-your-use@(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, "about-your-use@<version>, e.g. about-your-use@1.0.0")
      .describe("The questions whose answers the clauses refer to."),
    sources: z.array(AdviceSource).min(1),
    messages: z.array(AdviceMessage).min(1),
  })
  .meta({ id: "AdviceSet", title: "Selfcheck: sourced safer-use and safety advice, chosen by the answers about use" });
export type AdviceSet = z.infer<typeof AdviceSet>;
