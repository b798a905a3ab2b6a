import fc from "fast-check";
import type { Answers, Definition, Profile } from "../../src/engine";
import { walkAnswers } from "../../scripts/support/random-answers";

/**
 * A complete, valid answer set drawn by walking the questionnaire as a person would: each next
 * shown item gets one of its options, so skip logic is always respected.
 */
export function completeAnswers(definition: Definition): fc.Arbitrary<Answers> {
  const maxItems = definition.items.length;
  return fc.array(fc.nat(), { minLength: maxItems, maxLength: maxItems }).map((choices) => {
    let next = 0;
    return walkAnswers(definition, () => choices[next++] ?? 0);
  });
}

export function anyProfile(definition: Definition): fc.Arbitrary<Profile> {
  return definition.profile.includes("sex") ? fc.constantFrom<Profile>({ sex: "female" }, { sex: "male" }, { sex: "other" }, { sex: "not-given" }) : fc.constant({});
}
