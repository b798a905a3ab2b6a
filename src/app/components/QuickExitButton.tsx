import { useTranslation } from "react-i18next";
import { useAppStore } from "../store/context";

/** Always visible; the Escape key does the same (see useQuickExitKey). */
export function QuickExitButton() {
  const { t } = useTranslation("common");
  const store = useAppStore();
  return (
    <div className="quick-exit">
      <button type="button" id="quick-exit" className="button button--exit" aria-describedby="quick-exit-hint" onClick={() => store.getState().quickExit()}>
        {t("quickExit.button")}
      </button>
      <p id="quick-exit-hint" className="quick-exit__hint">
        {t("quickExit.hint")}
      </p>
    </div>
  );
}
