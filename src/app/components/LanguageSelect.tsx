import { useEffect, useState, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { useAppStore } from "../store/context";
import { useOfferedLanguages } from "../hooks/use-offered-languages";
import { endonym } from "../i18n/language-names";

/** The language switch, on every screen. Switching keeps every answer. */
export function LanguageSelect() {
  const { t } = useTranslation("common");
  const store = useAppStore();
  const { language, languages } = useOfferedLanguages();
  const [pending, setPending] = useState<string | null>(null);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the switch has landed: show the language itself again
  useEffect(() => setPending(null), [language]);
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
