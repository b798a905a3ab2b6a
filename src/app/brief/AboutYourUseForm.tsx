import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { RadioOptions } from "../components/RadioOptions";
import { useBrief, useBriefContent, useBriefStore } from "./context";
import { textedQuestions, type TextedQuestion } from "./text-keys";

const NO_ANSWER = "";

function MultipleChoice({ texted: { question, options } }: { texted: TextedQuestion }) {
  const { t } = useTranslation("intervention");
  const prefix = useId();
  const store = useBriefStore();
  const chosen = useBrief((state) => state.about[question.id]);
  const toggle = (optionId: string, on: boolean) => {
    const current = chosen ?? [];
    const next = on ? [...current, optionId] : current.filter((id) => id !== optionId);
    // Keep the definition's order, whatever the order of the clicks.
    store.getState().setAnswer(
      question.id,
      question.options.map((option) => option.id).filter((id) => next.includes(id)),
    );
  };
  return (
    <div className="radios">
      {options.map((option) => {
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
              {t(option.label)}
            </label>
          </div>
        );
      })}
    </div>
  );
}

function SingleChoice({ texted: { question, options: texts } }: { texted: TextedQuestion }) {
  const { t } = useTranslation("intervention");
  const store = useBriefStore();
  const chosen = useBrief((state) => state.about[question.id]?.[0] ?? NO_ANSWER);
  const options = [...texts.map((option) => ({ id: option.id, label: t(option.label) })), { id: NO_ANSWER, label: t("aboutYourUse.noAnswer") }];
  return <RadioOptions name={`about-${question.id}`} options={options} value={chosen} onChange={(optionId) => store.getState().setAnswer(question.id, optionId === NO_ANSWER ? [] : [optionId])} />;
}

/**
 * The optional questions. Every one may be left out; the answers never change the result. They
 * open behind a button, as the plan and the comparison do: open, they are two phone screens long,
 * and the result should not be (issue 15).
 */
export function AboutYourUseForm({ onShown }: { onShown: () => void }) {
  const { t, i18n } = useTranslation("intervention");
  const { about } = useBriefContent();
  const store = useBriefStore();
  const [open, setOpen] = useState(false);
  const firstField = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (open) firstField.current?.querySelector("input")?.focus();
  }, [open]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    store.getState().showAdvice();
    onShown();
  };
  return (
    <section className="brief-about no-print" aria-labelledby="brief-about-heading">
      <h2 id="brief-about-heading">{t("aboutYourUse.heading")}</h2>
      {!open && (
        <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
          {t("aboutYourUse.open")}
        </button>
      )}
      {open && <p>{t("aboutYourUse.intro")}</p>}
      {open && (
        <form ref={firstField} onSubmit={submit} noValidate>
          {textedQuestions(i18n, about).map((texted) => (
            <fieldset className="fieldset" key={texted.question.id}>
              <legend className="fieldset__legend fieldset__legend--m">{t(texted.label)}</legend>
              {texted.question.kind === "multiple" ? <MultipleChoice texted={texted} /> : <SingleChoice texted={texted} />}
            </fieldset>
          ))}
          <button type="submit" className="button button--primary">
            {t("aboutYourUse.show")}
          </button>
        </form>
      )}
    </section>
  );
}
