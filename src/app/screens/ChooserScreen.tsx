import { useTranslation } from "react-i18next";
import { useApp, useAppStore } from "../store/context";
import { COUNTRY_NOT_LISTED } from "../store/state";
import { pickLocalized } from "../i18n/localized";
import { collator } from "../i18n/intl-cache";
import { countryPagePath } from "../landing";

/**
 * A country's name in the chooser's language: the browser knows every region's name in every
 * language it speaks (Intl.DisplayNames, no bytes to ship); the country file's names are the
 * fallback where it does not.
 */
function countryName(code: string, names: Readonly<Record<string, string>>, language: string): { text: string; lang: string } {
  if (names[language] !== undefined) return { text: names[language], lang: language };
  try {
    const known = new Intl.DisplayNames([language], { type: "region", fallback: "none" }).of(code);
    if (known !== undefined) return { text: known, lang: language };
  } catch {
    // An engine without DisplayNames, or without this language: the file's names follow.
  }
  return pickLocalized(names, language);
}

/**
 * `/`: what this is, and the country list. Each country is a link to its own page, so the list
 * works from the HTML before the app's script has arrived; "not listed" continues here.
 */
export function ChooserScreen() {
  const { t } = useTranslation("wizard");
  const store = useAppStore();
  const language = useApp((state) => state.language);
  const countries = useApp((state) => state.countries);
  // In the browser the chooser's language is the person's (their choice, or their browser's):
  // a country link carries it where the country offers it (French chooser -> /ma/fr/). The page
  // written at build time is English for everyone, so its links open each country in its own
  // first language, as before.
  const carry = typeof document !== "undefined";
  const named = countries
    .map((country) => ({
      code: country.code,
      ...countryName(country.code, country.name, language),
      path: countryPagePath(country.code, carry && country.languages.includes(language) ? language : null),
    }))
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
            <a className="country-list__link" href={country.path} lang={country.lang}>
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
