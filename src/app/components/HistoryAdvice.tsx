import { useTranslation } from "react-i18next";

/** Honest about what the quick exit cannot do: browser history stays unless the person clears it. */
export function HistoryAdvice() {
  const { t } = useTranslation("results");
  return (
    <section className="history-advice no-print" aria-labelledby="history-heading">
      <h2 id="history-heading">{t("history.heading")}</h2>
      <p>{t("history.body")}</p>
      <p>{t("history.how")}</p>
    </section>
  );
}
