import { decodeResultCode, latestMonthAnywhere, type Answers, type CheckMonth, type Definition, type Profile } from "../../engine";

/** month: the month of the check, for codes that carry one (older codes do not). */
export type ClinicianDecoded = { ok: true; definition: Definition; answers: Answers; profile: Profile; month?: CheckMonth } | { ok: false; message: string };

/**
 * What the decoder page does with the text typed into it, apart from loading the instrument text:
 * decode against the definitions this copy has (keyed id@version) and say why not in a sentence.
 * A plain function, not part of the component, so that tests can feed it thousands of codes
 * without rendering a page for each (tests/engine/fuzz-result-code.test.ts).
 */
export function decodeForClinician(code: string, definitions: ReadonlyMap<string, Definition>, now: Date = new Date()): ClinicianDecoded {
  const decoded = decodeResultCode(code, (questionnaireId, version) => definitions.get(`${questionnaireId}@${version}`), latestMonthAnywhere(now));
  if (!decoded.ok) return { ok: false, message: decoded.error.message };
  const definition = definitions.get(decoded.questionnaire);
  // decodeResultCode only succeeds for a definition it found in the same map; this guards the type.
  if (definition === undefined) return { ok: false, message: `This copy of the tool does not have ${decoded.questionnaire}.` };
  const { answers, profile, month } = decoded;
  return month === undefined ? { ok: true, definition, answers, profile } : { ok: true, definition, answers, profile, month };
}
