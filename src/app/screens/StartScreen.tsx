import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useApp, useAppStore } from "../store/context";
import { selectCanStart } from "../store/selectors";
import { CheckChoice } from "../components/CheckChoice";

/** Choosing a check: from a country page ("Choose another check"), or with no country listed. */
export function StartScreen() {
  const { t } = useTranslation("wizard");
  const { t: tCommon } = useTranslation("common");
  const store = useAppStore();
  const busy = useApp((state) => state.busy);
  const [checkError, setCheckError] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const state = store.getState();
    const missing = !selectCanStart(state, store.config);
    setCheckError(missing);
    if (missing) document.querySelector<HTMLInputElement>("input[name=check]:not(:disabled)")?.focus();
    else void state.start();
  };

  return (
    <div className="start">
      <button type="button" className="button--link back-link" onClick={() => store.getState().back()}>
        {t("nav.back")}
      </button>
      <h1 id="main-heading" tabIndex={-1}>
        {tCommon("title.checks")}
      </h1>
      <p className="privacy-promise">{t("start.privacy")}</p>
      <form onSubmit={submit} noValidate method="dialog" autoComplete="off">
        <CheckChoice errorId={checkError ? "check-error" : undefined} />
        <button type="submit" className="button button--primary button--start" disabled={busy} aria-disabled={busy}>
          {t("start.start")}
        </button>
      </form>
    </div>
  );
}
