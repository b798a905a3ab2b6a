import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Country } from "../../engine";
import { RadioOptions } from "../components/RadioOptions";
import { directionOf } from "../i18n/document-language";
import { pickLocalized } from "../i18n/localized";
import { GOALS, type Goal } from "./brief-store";
import { useBrief, useBriefStore } from "./context";
import { downloadFile } from "./download";
import { planDocument } from "./plan-document";

const EXAMPLES = ["one", "two", "three", "four", "five"] as const;

function Situations() {
  const { t } = useTranslation("intervention");
  const store = useBriefStore();
  const situations = useBrief((state) => state.plan.situations);
  const prefix = useId();
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend fieldset__legend--m">{t("plan.situations.legend")}</legend>
      <p className="hint" id={`${prefix}-hint`}>
        {t("plan.situations.hint")}
      </p>
      <datalist id={`${prefix}-when`}>
        {EXAMPLES.map((example) => (
          <option key={example} value={t(`plan.situations.examples.when.${example}`)} />
        ))}
      </datalist>
      <datalist id={`${prefix}-instead`}>
        {EXAMPLES.map((example) => (
          <option key={example} value={t(`plan.situations.examples.instead.${example}`)} />
        ))}
      </datalist>
      {situations.map((situation, index) => {
        const number = index + 1;
        return (
          <div className="brief-plan__situation" key={number}>
            <div className="form-group">
              <label className="label" htmlFor={`${prefix}-when-${number}`}>
                {t("plan.situations.when", { number })}
              </label>
              <input
                className="input"
                id={`${prefix}-when-${number}`}
                type="text"
                list={`${prefix}-when`}
                autoComplete="off"
                aria-describedby={`${prefix}-hint`}
                value={situation.when}
                onChange={(event) => store.getState().setSituation(index, { when: event.currentTarget.value })}
              />
            </div>
            <div className="form-group">
              <label className="label" htmlFor={`${prefix}-instead-${number}`}>
                {t("plan.situations.instead", { number })}
              </label>
              <input
                className="input"
                id={`${prefix}-instead-${number}`}
                type="text"
                list={`${prefix}-instead`}
                autoComplete="off"
                value={situation.instead}
                onChange={(event) => store.getState().setSituation(index, { instead: event.currentTarget.value })}
              />
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}

/** A short guided plan, kept in memory only; printed or saved as a file on request. */
export function PlanSection({ country, language }: { country: Country | null; language: string }) {
  const { t } = useTranslation("intervention");
  const store = useBriefStore();
  const open = useBrief((state) => state.planOpen);
  const plan = useBrief((state) => state.plan);
  const [saved, setSaved] = useState(false);
  const prefix = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const justOpened = useRef(false);
  // The button that opened the plan is gone: move focus to the plan's heading, so keyboard and
  // screen-reader users carry on from there.
  useEffect(() => {
    if (open && justOpened.current) headingRef.current?.focus();
    justOpened.current = false;
  }, [open]);
  const services = country?.services ?? [];
  const serviceName = (id: string): string | null => {
    const service = services.find((candidate) => candidate.id === id);
    return service === undefined ? null : pickLocalized(service.name, language).text;
  };
  const goalLabel = (goal: Goal | null): string | null => (goal === null ? null : t(`plan.goal.${goal}`));

  const save = () => {
    const document = planDocument(
      plan,
      {
        title: t("plan.documentTitle"),
        goalHeading: t("plan.goal.legend"),
        goal: goalLabel(plan.goal),
        notNow: plan.goal === "not-now" ? t("plan.goal.notNow") : null,
        reasonsHeading: t("plan.reasons.label"),
        situationsHeading: t("plan.situations.legend"),
        whenLabel: (number) => t("plan.situations.when", { number }),
        insteadLabel: (number) => t("plan.situations.instead", { number }),
        supportHeading: t("plan.support.label"),
        serviceHeading: t("plan.service.label"),
        service: serviceName(plan.serviceId) ?? t("plan.service.none"),
        empty: t("plan.empty"),
      },
      language,
      directionOf(language),
    );
    downloadFile("plan.html", "text/html", document);
    setSaved(true);
  };

  if (!open) {
    return (
      <div className="brief-plan-open no-print">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            justOpened.current = true;
            store.getState().openPlan();
          }}
        >
          {t("plan.open")}
        </button>
      </div>
    );
  }
  return (
    <section className="brief-plan" aria-labelledby="brief-plan-heading">
      <h2 id="brief-plan-heading" ref={headingRef} tabIndex={-1}>
        {t("plan.heading")}
      </h2>
      <p className="no-print">{t("plan.intro")}</p>
      <fieldset className="fieldset">
        <legend className="fieldset__legend fieldset__legend--m">{t("plan.goal.legend")}</legend>
        <RadioOptions
          name="plan-goal"
          options={GOALS.map((goal) => ({ id: goal, label: t(`plan.goal.${goal}`) }))}
          value={plan.goal}
          onChange={(goal) => store.getState().updatePlan({ goal: GOALS.find((candidate) => candidate === goal) ?? null })}
        />
      </fieldset>
      {plan.goal === "not-now" ? (
        <p className="notice">{t("plan.goal.notNow")}</p>
      ) : (
        <>
          <div className="form-group">
            <label className="label" htmlFor={`${prefix}-reasons`}>
              {t("plan.reasons.label")}
            </label>
            <p className="hint" id={`${prefix}-reasons-hint`}>
              {t("plan.reasons.hint")}
            </p>
            <textarea
              className="textarea"
              id={`${prefix}-reasons`}
              rows={3}
              aria-describedby={`${prefix}-reasons-hint`}
              value={plan.reasons}
              onChange={(event) => store.getState().updatePlan({ reasons: event.currentTarget.value })}
            />
          </div>
          <Situations />
          <div className="form-group">
            <label className="label" htmlFor={`${prefix}-support`}>
              {t("plan.support.label")}
            </label>
            <p className="hint" id={`${prefix}-support-hint`}>
              {t("plan.support.hint")}
            </p>
            <input
              className="input"
              id={`${prefix}-support`}
              type="text"
              autoComplete="off"
              aria-describedby={`${prefix}-support-hint`}
              value={plan.support}
              onChange={(event) => store.getState().updatePlan({ support: event.currentTarget.value })}
            />
          </div>
          <div className="form-group">
            <label className="label" htmlFor={`${prefix}-service`}>
              {t("plan.service.label")}
            </label>
            <select id={`${prefix}-service`} value={plan.serviceId} onChange={(event) => store.getState().updatePlan({ serviceId: event.currentTarget.value })}>
              <option value="">{t("plan.service.none")}</option>
              {services.map((service) => {
                const name = pickLocalized(service.name, language);
                return (
                  <option key={service.id} value={service.id} lang={name.lang}>
                    {name.text}
                  </option>
                );
              })}
            </select>
          </div>
        </>
      )}
      <div className="button-group no-print">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t("plan.print")}
        </button>
        <button type="button" className="button button--secondary" onClick={save}>
          {t("plan.save")}
        </button>
      </div>
      <p className="brief-status no-print" role="status">
        {saved ? t("plan.saved") : ""}
      </p>
    </section>
  );
}
