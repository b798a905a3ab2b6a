import { useTranslation } from "react-i18next";
import { useApp, useAppStore } from "../store/context";
import type { Offer } from "../store/offers";
import { selectOffers } from "../store/selectors";
import { isNamedInstrument } from "../i18n/instrument-names";
import { languageName } from "../i18n/language-names";
import { RadioOptions } from "./RadioOptions";

/**
 * What to check. A check whose questions do not exist (or may not be offered) in the chosen
 * language is not offered, and the screen says so: never a silent switch to English.
 */
export function CheckChoice({ errorId }: { errorId: string | undefined }) {
  const { t, i18n } = useTranslation("wizard");
  const store = useAppStore();
  const data = useApp((state) => state);
  const offers = selectOffers(data, store.config);
  const shown = offers.filter((offer) => offer.availability === "available");
  const unavailable = offers.filter((offer) => !shown.includes(offer));
  const labelOf = ({ id, title }: Offer) => (isNamedInstrument(i18n, id) ? t(`instrument.${id}.label`) : (title ?? id));
  const hintOf = ({ id, status }: Offer) => {
    const hint = isNamedInstrument(i18n, id) ? t(`instrument.${id}.hint`) : "";
    return [hint, status === "draft" ? t("start.draft") : ""].filter((part) => part !== "").join(". ") || undefined;
  };
  const language = languageName(data.language, data.language);

  return (
    <fieldset className={errorId === undefined ? "fieldset form-group" : "fieldset form-group form-group--error"}>
      <legend className="fieldset__legend fieldset__legend--m">{t("start.checkLegend")}</legend>
      {errorId !== undefined && (
        <p className="error-message" id={errorId}>
          {t("start.errorCheck")}
        </p>
      )}
      {shown.length === 0 ? (
        <p>{t("start.noChecks", { language })}</p>
      ) : (
        <RadioOptions
          name="check"
          value={data.questionnaireKey}
          errorId={errorId}
          options={shown.map((offer) => ({ id: offer.key, label: labelOf(offer), hint: hintOf(offer) }))}
          onChange={(key) => store.getState().chooseQuestionnaire(key)}
        />
      )}
      {unavailable.length > 0 && shown.length > 0 && (
        <p className="hint">
          {t("start.notAvailable", { language })} {unavailable.map(labelOf).join(", ")}
        </p>
      )}
    </fieldset>
  );
}
