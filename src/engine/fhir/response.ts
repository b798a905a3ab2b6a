import { score } from "../score";
import type { Definition } from "../schema/definition";
import type { QuestionnaireLocale } from "../schema/questionnaire-locale";
import type { Answers, Profile } from "../types";
import { optionSystem, questionnaireUrl, SEX_LINK_ID, SEX_SYSTEM } from "./constants";
import { ENGLISH_PROFILE_TEXT, type ProfileText } from "./questionnaire";
import type { QuestionnaireResponse } from "./types";

/**
 * One completed set of answers as a FHIR R4 QuestionnaireResponse for the exported
 * Questionnaire (`url|version`). Items hidden by skip logic are left out, as FHIR expects for
 * disabled items. Nothing identifying is written: no subject, author or date.
 *
 * @throws Error when the answers do not score (incomplete, unknown option, missing sex): only a
 *   complete result becomes a "completed" response.
 */
export function exportQuestionnaireResponse(
  definition: Definition,
  answers: Answers,
  profile: Profile,
  options: { locale?: QuestionnaireLocale | undefined; profileText?: ProfileText | undefined } = {},
): QuestionnaireResponse {
  const outcome = score(definition, answers, profile);
  if (!outcome.ok) throw new Error(`cannot export ${definition.id}@${definition.version}: ${outcome.problems.map((p) => p.code).join(", ")}`);
  const locale = options.locale;
  const item: QuestionnaireResponse["item"] = [];
  if (definition.profile.includes("sex") && profile.sex !== undefined) {
    const text = options.profileText ?? ENGLISH_PROFILE_TEXT;
    item.push({ linkId: SEX_LINK_ID, text: text.legend, answer: [{ valueCoding: { system: SEX_SYSTEM, code: profile.sex, display: text.options[profile.sex] } }] });
  }
  for (const trace of outcome.result.trace.items) {
    if (trace.optionId === null) continue;
    const text = locale?.items[trace.itemId];
    item.push({
      linkId: trace.itemId,
      ...(text === undefined ? {} : { text: text.text }),
      answer: [{ valueCoding: { system: optionSystem(definition.id), code: trace.optionId, display: text?.options[trace.optionId] ?? trace.optionId } }],
    });
  }
  return {
    resourceType: "QuestionnaireResponse",
    language: locale?.language ?? "en",
    questionnaire: `${questionnaireUrl(definition.id)}|${definition.version}`,
    status: "completed",
    item,
  };
}
