import { useTranslation } from "react-i18next";

/** Shown instead of a question when its text does not exist in the chosen language. */
export function TextUnavailable({ language, onBack }: { language: string; onBack: () => void }) {
  const { t } = useTranslation("wizard");
  return (
    <div className="question">
      <button type="button" className="button--link back-link" onClick={onBack}>
        {t("nav.back")}
      </button>
      <h1 id="main-heading" tabIndex={-1}>
        {t("question.notAvailableHeading")}
      </h1>
      <p>{t("question.notAvailable", { language })}</p>
    </div>
  );
}
