import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { RadioOptions, type RadioOption } from "./RadioOptions";
import { scrollBelowHeader } from "../../browser/below-header";

type Props = {
  name: string;
  /** Shown above the question, e.g. "Question 3 of 11". */
  caption: string;
  /** The same progress drawn as a bar (the caption says it in words); absent on the sex question. */
  progress?: { position: number; total: number } | undefined;
  /** The question; it is the legend, so it names the radio group. */
  legend: string;
  legendLang?: string | undefined;
  hint?: ReactNode;
  /** Shown before the caption (e.g. the instrument's introduction on its first question). */
  before?: ReactNode;
  options: readonly RadioOption[];
  initial: string | null;
  /** Show the "choose an answer" message from the start (it was showing when the app took over). */
  initialError?: boolean | undefined;
  submitLabel: (selected: string | null) => string;
  onSubmit: (optionId: string) => void;
  /** Absent when there is nothing before this screen (question 1 of a country page): the button stays in the markup, hidden, as the first script expects. */
  onBack?: (() => void) | undefined;
};

/**
 * One question per screen, as on GOV.UK question pages: the question is the page heading
 * inside the legend, native radios, one primary button. The heading takes focus on each step
 * (App moves focus to #main-heading) so screen readers start at the question.
 *
 * The first script (src/first/) renders the same markup before the app has loaded; a test
 * compares the two (tests/app/first-script.test.tsx), so change both together.
 */
export function QuestionForm({ name, caption, progress, legend, legendLang, hint, before, options, initial, initialError, submitLabel, onSubmit, onBack }: Props) {
  const { t } = useTranslation("wizard");
  const [selected, setSelected] = useState<string | null>(initial);
  const [showError, setShowError] = useState(initialError === true);
  const formRef = useRef<HTMLFormElement>(null);
  const errorId = useId();
  const hintId = useId();
  /** Empty submits so far: each brings the message and the first answer into view (issue 15.6). */
  const [emptySubmits, setEmptySubmits] = useState(0);
  useEffect(() => {
    if (emptySubmits === 0) return;
    scrollBelowHeader(formRef.current?.querySelector(".error-message") ?? null);
    formRef.current?.querySelector<HTMLInputElement>("input[type=radio]")?.focus({ preventScroll: true });
  }, [emptySubmits]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (selected === null) {
      setShowError(true);
      setEmptySubmits((count) => count + 1);
      return;
    }
    onSubmit(selected);
  };

  return (
    // method="dialog": with no script at all (a host without the CSP's form-action), pressing Next
    // does nothing rather than put the answer in the address; autoComplete="off": a reload or Back
    // never brings a choice back from the browser's form memory.
    <form ref={formRef} className="question" onSubmit={submit} noValidate method="dialog" autoComplete="off">
      <button type="button" className="button--link back-link" hidden={onBack === undefined} onClick={onBack}>
        {t("nav.back")}
      </button>
      {before}
      <p className="caption">{caption}</p>
      {progress !== undefined && <progress className="progress-bar" value={progress.position} max={progress.total} aria-hidden="true" />}
      <fieldset className={showError ? "fieldset fieldset--error" : "fieldset"} aria-describedby={hint === undefined ? undefined : hintId}>
        <legend className="fieldset__legend">
          <h1 id="main-heading" tabIndex={-1} lang={legendLang}>
            {legend}
          </h1>
        </legend>
        {hint !== undefined && (
          <div className="hint" id={hintId}>
            {hint}
          </div>
        )}
        {showError && (
          <p className="error-message" id={errorId}>
            {t("question.error")}
          </p>
        )}
        <RadioOptions
          name={name}
          options={options}
          value={selected}
          errorId={showError ? errorId : undefined}
          onChange={(optionId) => {
            setSelected(optionId);
            setShowError(false);
          }}
        />
      </fieldset>
      <button type="submit" className="button button--primary">
        {submitLabel(selected)}
      </button>
    </form>
  );
}
