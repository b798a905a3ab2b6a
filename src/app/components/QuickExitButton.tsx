import { useTranslation } from "react-i18next";
import { textsLoaded } from "../i18n/texts-loaded";
import { useAppStore } from "../store/context";

/**
 * Always visible; the Escape key does the same (see useQuickExitKey). The clinician pages show
 * it before the self-check's texts have loaded: a way out must be there and readable even then,
 * so until they are in it speaks English, as the error screen does, rather than show its keys.
 */
export function QuickExitButton() {
  const { t, i18n } = useTranslation("common");
  const store = useAppStore();
  const loaded = textsLoaded(i18n, "common");
  return (
    <div className="quick-exit" lang={loaded ? undefined : "en"}>
      <button type="button" id="quick-exit" className="button button--exit" aria-describedby="quick-exit-hint" onClick={() => store.getState().quickExit()}>
        {loaded ? t("quickExit.button") : "Quick exit"}
      </button>
      <p id="quick-exit-hint" className="quick-exit__hint">
        {loaded ? t("quickExit.hint") : "Leave this site at once: press this button or the Esc key."}
      </p>
    </div>
  );
}
