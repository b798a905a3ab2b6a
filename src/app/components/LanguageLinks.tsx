import type { MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import { useAppStore } from "../store/context";
import { useOfferedLanguages } from "../hooks/use-offered-languages";
import { endonym } from "../i18n/language-names";
import { countryPagePath } from "../landing";

/**
 * On a country page, its languages as links to their own pages (`/mk/sq/`), behind a disclosure
 * that names the language shown: they work from the HTML before the app has loaded. Once it
 * has, a link switches the language in place, keeping every answer, and puts the page's own path
 * in the address bar (a path holds no answer).
 */
export function LanguageLinks() {
  const { t } = useTranslation("common");
  const store = useAppStore();
  const { language, languages, countryCode } = useOfferedLanguages();
  if (countryCode === null || languages.length < 2) return null;

  const switchTo = (event: MouseEvent<HTMLAnchorElement>, code: string, path: string) => {
    event.preventDefault();
    if (code === language) return;
    void store
      .getState()
      .setLanguage(code)
      .then(() => {
        if (store.getState().language === code) window.history.replaceState(window.history.state, "", path);
      });
  };
  // A disclosure (details/summary) keeps the header one line on a phone, and opens without script.
  return (
    <nav className="language-links" aria-label={t("language.label")}>
      <details className="language-links__menu">
        <summary>
          <span className="language-links__label">{t("language.label")}</span> <span lang={language}>{endonym(language)}</span>
        </summary>
        <ul>
          {languages.map((code) => {
            const path = countryPagePath(countryCode, code);
            return (
              <li key={code}>
                <a href={path} lang={code} hrefLang={code} aria-current={code === language ? "page" : undefined} data-language={code} onClick={(event) => switchTo(event, code, path)}>
                  {endonym(code)}
                </a>
              </li>
            );
          })}
        </ul>
      </details>
    </nav>
  );
}
