import { useTranslation } from "react-i18next";
import { useApp, useAppStore } from "../store/context";
import { COUNTRY_NOT_LISTED } from "../store/state";
import { pickLocalized } from "../i18n/localized";
import { collator } from "../i18n/intl-cache";
import { countryPagePath } from "../landing";

/**
 * `/`: what this is, and the country list. Each country is a link to its own page, so the list
 * works from the HTML before the app's script has arrived; "not listed" continues here.
 */
export function ChooserScreen() {
  const { t } = useTranslation("wizard");
  const store = useAppStore();
  const language = useApp((state) => state.language);
  const countries = useApp((state) => state.countries);
  const named = countries
    .map((country) => ({ code: country.code, ...pickLocalized(country.name, language) }))
    .sort((a, b) => collator(language).compare(a.text, b.text));

  return (
    <div className="start">
      <h1 id="main-heading" tabIndex={-1}>
        {t("start.heading")}
      </h1>
      <p className="lead">{t("start.lead")}</p>
      <p className="privacy-promise">{t("start.privacy")}</p>
      <h2>{t("start.whatHeading")}</h2>
      <p>{t("start.whatIs")}</p>
      <p>{t("start.whatIsNot")}</p>
      <p>{t("start.reload")}</p>
      <h2 id="countries-heading">{t("start.countriesHeading")}</h2>
      <p className="hint">{t("start.countriesHint")}</p>
      <ul className="country-list" aria-labelledby="countries-heading">
        {named.map((country) => (
          <li key={country.code}>
            <a className="country-list__link" href={countryPagePath(country.code, null)} lang={country.lang}>
              {country.text}
            </a>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--secondary" onClick={() => void store.getState().setCountry(COUNTRY_NOT_LISTED)}>
        {t("start.countryNotListed")}
      </button>
    </div>
  );
}
