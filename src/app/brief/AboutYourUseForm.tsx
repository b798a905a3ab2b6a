import { useId, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { AboutYourUseQuestion } from "../../engine/schema/about-your-use";
import { RadioOptions } from "../components/RadioOptions";
import { useBrief, useBriefContent, useBriefStore } from "./context";

const NO_ANSWER = "";

function MultipleChoice({ question }: { question: AboutYourUseQuestion }) {
  const { t } = useTranslation("intervention");
  const prefix = useId();
  const store = useBriefStore();
  const chosen = useBrief((state) => state.about[question.id]);
  const toggle = (optionId: string, on: boolean) => {
    const current = chosen ?? [];
    const next = on ? [...current, optionId] : current.filter((id) => id !== optionId);
    // Keep the definition's order, whatever the order of the clicks.
    store.getState().setAnswer(question.id, question.options.map((option) => option.id).filter((id) => next.includes(id)));
  };
  return (
    <div className="radios">
      {question.options.map((option) => {
        const inputId = `${prefix}-${option.id}`;
        return (
          <div className="radios__item" key={option.id}>
            <input
              className="radios__input"
              type="checkbox"
              id={inputId}
              name={question.id}
              value={option.id}
              checked={chosen?.includes(option.id) ?? false}
              onChange={(event) => toggle(option.id, event.currentTarget.checked)}
            />
            <label className="radios__label" htmlFor={inputId}>
              {t(`aboutYourUse.questions.${question.id}.options.${option.id}`)}
            </label>
          </div>
        );
      })}
    </div>
  );
}

function SingleChoice({ question }: { question: AboutYourUseQuestion }) {
  const { t } = useTranslation("intervention");
  const store = useBriefStore();
  const chosen = useBrief((state) => state.about[question.id]?.[0] ?? NO_ANSWER);
  const options = [
    ...question.options.map((option) => ({ id: option.id, label: t(`aboutYourUse.questions.${question.id}.options.${option.id}`) })),
    { id: NO_ANSWER, label: t("aboutYourUse.noAnswer") },
  ];
  return (
    <RadioOptions
      name={`about-${question.id}`}
      options={options}
      value={chosen}
      onChange={(optionId) => store.getState().setAnswer(question.id, optionId === NO_ANSWER ? [] : [optionId])}
    />
  );
}

/** The optional questions. Every one may be left out; the answers never change the result. */
export function AboutYourUseForm({ onShown }: { onShown: () => void }) {
  const { t } = useTranslation("intervention");
  const { about } = useBriefContent();
  const store = useBriefStore();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    store.getState().showAdvice();
    onShown();
  };
  return (
    <section className="brief-about no-print" aria-labelledby="brief-about-heading">
      <h2 id="brief-about-heading">{t("aboutYourUse.heading")}</h2>
      <p>{t("aboutYourUse.intro")}</p>
      <form onSubmit={submit} noValidate>
        {about.questions.map((question) => (
          <fieldset className="fieldset" key={question.id}>
            <legend className="fieldset__legend fieldset__legend--m">{t(`aboutYourUse.questions.${question.id}.label`)}</legend>
            {question.kind === "multiple" ? <MultipleChoice question={question} /> : <SingleChoice question={question} />}
          </fieldset>
        ))}
        <button type="submit" className="button button--primary">
          {t("aboutYourUse.show")}
        </button>
      </form>
    </section>
  );
}
