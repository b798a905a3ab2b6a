/**
 * The text keys of the brief intervention that come from content files, not from the code: the
 * questions about use (interventions/about-your-use/) and the advice messages
 * (interventions/advice/). Their types are built from locales/en/intervention.json, so t() only
 * ever gets a key of that file (src/app/i18n/i18next.d.ts types the namespace); whether a
 * content id has a text is known only at run time, so a key is handed out only when the loaded
 * language has it. `npm run validate` holds the content to the English texts
 * (src/engine/lint/advice.ts) and every language to the English keys (ui-locales.ts), and
 * tests/app/brief/text-keys.test.ts checks every bundled id in every language; a question or
 * message without a text is left out rather than shown as a raw key.
 */
import type { i18n } from "i18next";
import type intervention from "../../../locales/en/intervention.json";
import type { AboutYourUse, AboutYourUseQuestion } from "../../engine";
import { INTERVENTION_NAMESPACE } from "./content";

type Texts = typeof intervention;
type Questions = Texts["aboutYourUse"]["questions"];
type QuestionId = keyof Questions & string;

export type QuestionLabelKey = `aboutYourUse.questions.${QuestionId}.label`;
export type OptionLabelKey = { [Q in QuestionId]: `aboutYourUse.questions.${Q}.options.${keyof Questions[Q]["options"] & string}` }[QuestionId];
export type AdviceMessageKey = `advice.messages.${keyof Texts["advice"]["messages"] & string}`;

type ContentKey = QuestionLabelKey | OptionLabelKey | AdviceMessageKey;

function hasText<K extends ContentKey>(instance: i18n, key: string): key is K {
  return instance.exists(key, { ns: INTERVENTION_NAMESPACE });
}

/** A question about use with the keys of its texts. */
export type TextedQuestion = {
  question: AboutYourUseQuestion;
  label: QuestionLabelKey;
  options: { id: string; label: OptionLabelKey }[];
};

/** The questions whose label and every option have a text in the current language, in file order. */
export function textedQuestions(instance: i18n, about: AboutYourUse): TextedQuestion[] {
  return about.questions.flatMap((question) => {
    const label = `aboutYourUse.questions.${question.id}.label`;
    if (!hasText<QuestionLabelKey>(instance, label)) return [];
    const options = question.options.flatMap((option) => {
      const key = `aboutYourUse.questions.${question.id}.options.${option.id}`;
      return hasText<OptionLabelKey>(instance, key) ? [{ id: option.id, label: key }] : [];
    });
    return options.length === question.options.length ? [{ question, label, options }] : [];
  });
}

/** The key of an advice message's text, or undefined when the current language has none. */
export function adviceMessageKey(instance: i18n, messageId: string): AdviceMessageKey | undefined {
  const key = `advice.messages.${messageId}`;
  return hasText<AdviceMessageKey>(instance, key) ? key : undefined;
}
