import { useTranslation } from "react-i18next";
import { useAppStore } from "../store/context";

export function ResultActions() {
  const { t } = useTranslation("results");
  const store = useAppStore();
  return (
    <section className="result-actions no-print" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t("actions.heading")}</h2>
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t("actions.print")}
        </button>
        <button type="button" className="button button--secondary" onClick={() => store.getState().back()}>
          {t("actions.change")}
        </button>
        <button type="button" className="button button--secondary" onClick={() => store.getState().restart()}>
          {t("actions.another")}
        </button>
        <button type="button" className="button button--secondary" onClick={() => store.getState().quickExit()}>
          {t("actions.clear")}
        </button>
      </div>
    </section>
  );
}
