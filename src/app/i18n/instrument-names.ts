import type { i18n } from "i18next";
import type wizard from "../../../locales/en/wizard.json";

/** A questionnaire with a name and a hint among the UI texts (wizard.json "instrument"). */
export type NamedInstrument = keyof typeof wizard.instrument;

/**
 * Whether a questionnaire id from the content has UI texts, so `instrument.${id}.label` is a
 * key that exists (the type) and is loaded (the check). A questionnaire added without them is
 * shown by the title in its definition instead of by a missing key.
 */
export function isNamedInstrument(instance: i18n, id: string): id is NamedInstrument {
  return instance.exists(`instrument.${id}.label`, { ns: "wizard" });
}
