import fc from "fast-check";
import { nextItem, type Answers, type Definition, type Profile } from "../../src/engine";

/**
 * A complete, valid answer set drawn by walking the questionnaire as a person would: each next
 * shown item gets one of its options, so skip logic is always respected.
 */
export function completeAnswers(definition: Definition): fc.Arbitrary<Answers> {
  const maxItems = definition.items.length;
  return fc.array(fc.nat(), { minLength: maxItems, maxLength: maxItems }).map((choices) => {
    const answers: Record<string, string> = {};
    for (const choice of choices) {
      const item = nextItem(definition, answers);
      if (item === null) break;
      const option = item.options[choice % item.options.length];
      if (option !== undefined) answers[item.id] = option.id;
    }
    return answers;
  });
}

export function anyProfile(definition: Definition): fc.Arbitrary<Profile> {
  return definition.profile.includes("sex") ? fc.constantFrom<Profile>({ sex: "female" }, { sex: "male" }, { sex: "other" }, { sex: "not-given" }) : fc.constant({});
}
