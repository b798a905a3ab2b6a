import { useEffect, useState, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { useApp, useAppStore } from "../store/context";
import { offeredLanguages } from "../store/offers";
import { endonym } from "../i18n/language-names";

/** The language switch, on every screen. Switching keeps every answer. */
export function LanguageSelect() {
  const { t } = useTranslation("common");
  const store = useAppStore();
  const language = useApp((state) => state.language);
  const countries = useApp((state) => state.countries);
  const countryCode = useApp((state) => state.countryCode);
  const uiLanguages = useApp((state) => state.uiLanguages);
  const [pending, setPending] = useState<string | null>(null);
  useEffect(() => setPending(null), [language]);
  const languages = offeredLanguages({ countries, countryCode }, uiLanguages);
  if (languages.length < 2 && languages[0] === language) return null;

  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    setPending(event.target.value);
    void store.getState().setLanguage(event.target.value);
  };
  return (
    <div className="language-select">
      <label htmlFor="language-select">{t("language.label")}</label>
      <select id="language-select" value={pending ?? language} onChange={onChange}>
        {languages.map((code) => (
          <option key={code} value={code} lang={code}>
            {endonym(code)}
          </option>
        ))}
      </select>
    </div>
  );
}
