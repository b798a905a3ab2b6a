import { useTranslation } from "react-i18next";
import { useApp } from "../store/context";
import { currentCountry } from "../store/offers";
import { sidePagePath } from "../landing";

/**
 * Links to the country's help page (numbers and services) and to the page for someone worried
 * about another person. Both are plain pre-rendered pages, so the links work without script.
 */
export function HelpLinks() {
  const { t } = useTranslation("common");
  const language = useApp((state) => state.language);
  const country = useApp((state) => currentCountry(state));
  if (country === null || !country.languages.includes(language)) return null;
  return (
    <ul className="help-links">
      <li>
        <a href={sidePagePath(country.code, language, "help")}>{t("help.link")}</a>
      </li>
      <li>
        <a href={sidePagePath(country.code, language, "others")}>{t("others.link")}</a>
      </li>
    </ul>
  );
}
