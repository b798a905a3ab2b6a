import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useApp, useAppStore } from "../store/context";
import { offersIn } from "../store/offers";
import { CountrySelect } from "../components/CountrySelect";
import { CheckChoice } from "../components/CheckChoice";

export function StartScreen() {
  const { t } = useTranslation("wizard");
  const store = useAppStore();
  const busy = useApp((state) => state.busy);
  const [errors, setErrors] = useState<{ country: boolean; check: boolean }>({ country: false, check: false });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const state = store.getState();
    const available = offersIn(state, state.questionnaireKeys, state.language).filter((offer) => offer.availability === "available");
    const next = { country: state.countryCode === null, check: !available.some((offer) => offer.key === state.questionnaireKey) };
    setErrors(next);
    if (next.country) document.getElementById("country-select")?.focus();
    else if (next.check) document.querySelector<HTMLInputElement>("input[name=check]:not(:disabled)")?.focus();
    else void state.start();
  };

  return (
    <div className="start">
      <h1 id="main-heading" tabIndex={-1}>
        {t("start.heading")}
      </h1>
      <p className="lead">{t("start.lead")}</p>
      <p className="privacy-promise">{t("start.privacy")}</p>
      <h2>{t("start.whatHeading")}</h2>
      <p>{t("start.whatIs")}</p>
      <p>{t("start.whatIsNot")}</p>
      <p>{t("start.reload")}</p>
      <form onSubmit={submit} noValidate>
        <CountrySelect errorId={errors.country ? "country-error" : undefined} />
        <CheckChoice errorId={errors.check ? "check-error" : undefined} />
        <button type="submit" className="button button--primary button--start" disabled={busy} aria-disabled={busy}>
          {t("start.start")}
        </button>
      </form>
    </div>
  );
}
