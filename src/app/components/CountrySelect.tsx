import { useTranslation } from "react-i18next";
import { useApp, useAppStore } from "../store/context";
import { COUNTRY_NOT_LISTED } from "../store/state";
import { pickLocalized } from "../i18n/localized";
import { collator } from "../i18n/intl-cache";

export function CountrySelect({ errorId }: { errorId: string | undefined }) {
  const { t } = useTranslation("wizard");
  const store = useAppStore();
  const language = useApp((state) => state.language);
  const countries = useApp((state) => state.countries);
  const countryCode = useApp((state) => state.countryCode);
  const named = countries
    .map((country) => ({ code: country.code, ...pickLocalized(country.name, language) }))
    .sort((a, b) => collator(language).compare(a.text, b.text));
  const describedBy = ["country-hint", errorId].filter((id) => id !== undefined).join(" ");

  return (
    <div className={errorId === undefined ? "form-group" : "form-group form-group--error"}>
      <label className="label" htmlFor="country-select">
        {t("start.countryLabel")}
      </label>
      <p className="hint" id="country-hint">
        {t("start.countryHint")}
      </p>
      {errorId !== undefined && (
        <p className="error-message" id={errorId}>
          {t("start.errorCountry")}
        </p>
      )}
      <select
        id="country-select"
        value={countryCode ?? ""}
        aria-describedby={describedBy}
        onChange={(event) => void store.getState().setCountry(event.target.value)}
      >
        <option value="" disabled>
          {t("start.countryPlaceholder")}
        </option>
        {named.map((country) => (
          <option key={country.code} value={country.code} lang={country.lang}>
            {country.text}
          </option>
        ))}
        <option value={COUNTRY_NOT_LISTED}>{t("start.countryNotListed")}</option>
      </select>
    </div>
  );
}
