import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { compareResults, decodeResultCode, latestMonthAnywhere, score, type CheckMonth, type Definition, type QuestionnaireLocale, type ScoreComparison, type ScoringResult } from "../../engine";
import { useBrief, useBriefStore } from "./context";
import { useApp } from "../store/context";
import { scoreViews } from "../store/views";
import { directionOf } from "../i18n/document-language";
import { ResultScale } from "../components/ResultScale";
import { plainBandLabel } from "../components/plain-band";
import { formatMonth, monthOf } from "./month";

type Outcome =
  | { kind: "compared"; comparisons: ScoreComparison[]; earlierMonth: CheckMonth | null }
  | { kind: "other-check"; other: string }
  | { kind: "invalid"; reason: "malformed" | "checksum" | "future-month" | "invalid-answers" };

/** The example code in the hint and the error: the same in every language, and always left to right. */
const EXAMPLE_CODE = "DUDIT-1.0.0-242112345123-2612-09AK";

/** A sentence with the example code isolated, so that a right-to-left sentence does not reorder its hyphens. */
function withCode(text: string): ReactNode {
  const at = text.indexOf(EXAMPLE_CODE);
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      <bdi dir="ltr">{EXAMPLE_CODE}</bdi>
      {text.slice(at + EXAMPLE_CODE.length)}
    </>
  );
}

type Props = { definition: Definition; result: ScoringResult; text: QuestionnaireLocale; language: string };

/** Decodes an earlier code against today's definition only: a code of any other check does not compare. */
export function compareWith(code: string, definition: Definition, result: ScoringResult, now: Date = new Date()): Outcome {
  let asked: string | null = null;
  const decoded = decodeResultCode(
    code,
    (id, version) => {
      asked = `${id}@${version}`;
      return id === definition.id && version === definition.version ? definition : undefined;
    },
    latestMonthAnywhere(now),
  );
  if (!decoded.ok) {
    if (decoded.error.code === "unknown-questionnaire" && asked !== null) return { kind: "other-check", other: asked };
    return { kind: "invalid", reason: decoded.error.code === "unknown-questionnaire" ? "malformed" : decoded.error.code };
  }
  const earlier = score(definition, decoded.answers, decoded.profile);
  if (!earlier.ok) return { kind: "invalid", reason: "invalid-answers" };
  return { kind: "compared", comparisons: compareResults(earlier.result, result), earlierMonth: decoded.month ?? null };
}

/** "Compare with an earlier result": both scores and bands side by side, and a sentence on the change. */
export function CompareSection({ definition, result, text, language }: Props) {
  const { t } = useTranslation("intervention");
  const store = useBriefStore();
  const open = useBrief((state) => state.compareOpen);
  const [code, setCode] = useState("");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const prefix = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const justOpened = useRef(false);
  useEffect(() => {
    if (open && justOpened.current) inputRef.current?.focus();
    justOpened.current = false;
  }, [open]);

  const profile = useApp((state) => state.profile);
  const views = scoreViews(definition, profile, result);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOutcome(compareWith(code, definition, result));
  };
  const { t: results } = useTranslation("results");
  const bandLabel = (feedback: string) => plainBandLabel(results, text, feedback);
  const current = `${definition.id}@${definition.version}`;
  const errorText = outcome?.kind === "other-check" ? t("compare.otherCheck", { other: outcome.other, current }) : outcome?.kind === "invalid" ? t(`compare.error.${outcome.reason}`) : null;

  if (!open) {
    return (
      <div className="brief-compare-open no-print">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            justOpened.current = true;
            store.getState().openCompare();
          }}
        >
          {t("compare.open")}
        </button>
      </div>
    );
  }
  return (
    <section className="brief-compare no-print" aria-labelledby="brief-compare-heading">
      <h2 id="brief-compare-heading">{t("compare.heading")}</h2>
      <form onSubmit={submit} noValidate>
        <div className={errorText === null ? "form-group" : "form-group form-group--error"}>
          <label className="label" htmlFor={`${prefix}-code`}>
            {t("compare.label")}
          </label>
          <p className="hint" id={`${prefix}-hint`}>
            {withCode(t("compare.hint"))}
          </p>
          {errorText !== null && (
            <p className="error-message" id={`${prefix}-error`}>
              {withCode(errorText)}
            </p>
          )}
          <input
            ref={inputRef}
            className="input input--code"
            id={`${prefix}-code`}
            type="text"
            dir="ltr"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-describedby={errorText === null ? `${prefix}-hint` : `${prefix}-hint ${prefix}-error`}
            aria-invalid={errorText === null ? undefined : true}
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
          />
        </div>
        <button type="submit" className="button button--primary">
          {t("compare.submit")}
        </button>
      </form>
      <div role="status" className="brief-compare__result">
        {outcome?.kind === "compared" &&
          outcome.comparisons.map((comparison) => (
            <div key={comparison.id}>
              {/* Both results as two marks on today's scale; the table below gives the same in words. */}
              {views
                .filter((view) => view.outcome.id === comparison.id)
                .map((view) => (
                  <figure key={view.outcome.id} className="brief-compare__scale">
                    <ResultScale
                      min={view.outcome.min}
                      max={view.outcome.max}
                      value={comparison.later.value}
                      earlier={comparison.earlier.value}
                      segments={view.segments}
                      rtl={directionOf(language) === "rtl"}
                      label={t("compare.scaleAlt", { earlier: comparison.earlier.value, now: comparison.later.value, min: view.outcome.min, max: view.outcome.max })}
                    />
                    <figcaption className="meta">{t("compare.marks")}</figcaption>
                  </figure>
                ))}
              <table className="brief-compare__table">
                <caption>{t("compare.caption")}</caption>
                <thead>
                  <tr>
                    <td />
                    <th scope="col">{t("compare.earlier")}</th>
                    <th scope="col">{t("compare.now")}</th>
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <th scope="row">{t("compare.month")}</th>
                    <td>{outcome.earlierMonth === null ? t("compare.monthUnknown") : formatMonth(outcome.earlierMonth, language)}</td>
                    <td>{formatMonth(monthOf(new Date()), language)}</td>
                  </tr>
                  <tr>
                    <th scope="row">{t("compare.score")}</th>
                    <td>
                      {comparison.earlier.value} / {comparison.max}
                    </td>
                    <td>
                      {comparison.later.value} / {comparison.max}
                    </td>
                  </tr>
                  <tr>
                    <th scope="row">{t("compare.band")}</th>
                    <td>{bandLabel(comparison.earlier.bandFeedback)}</td>
                    <td>{bandLabel(comparison.later.bandFeedback)}</td>
                  </tr>
                </tbody>
              </table>
              <p>
                {comparison.scoreChange === "same" ? t("compare.same") : t(`compare.${comparison.scoreChange}`, { count: Math.abs(comparison.difference) })}{" "}
                {t(comparison.bandChange === "lower" ? "compare.bandLower" : comparison.bandChange === "higher" ? "compare.bandHigher" : "compare.bandSame")}
              </p>
              <p>{t("compare.reflect")}</p>
            </div>
          ))}
        {outcome?.kind === "compared" ? <p>{t("compare.notProof")}</p> : null}
      </div>
    </section>
  );
}
