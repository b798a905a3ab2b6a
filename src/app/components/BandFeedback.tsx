import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { QuestionnaireLocale, ScoringResult } from "../../engine";

type Props = { result: ScoringResult; text: QuestionnaireLocale; feedback: string };

/** What the band means, the safety messages that fired and notices; the advice list is BandAdvice, further down the result. */
export function BandFeedback({ result, text, feedback }: Props) {
  const { t } = useTranslation("results");
  const band = text.bands[feedback];
  const labelOf = (bandId: string) => text.bands[bandId]?.label ?? bandId;
  return (
    <>
      {result.adjustments.map((adjustment) => (
        <p className="notice" key={adjustment.id}>
          {t("adjusted", { from: labelOf(bandFeedbackOf(result, adjustment.fromBand)), to: labelOf(bandFeedbackOf(result, adjustment.toBand)) })}
        </p>
      ))}
      {result.notices.map((notice) => (
        <p className="notice" key={`${notice.kind}-${notice.score}`}>
          {t(`cutoffNotice.${notice.appliedCutoffsOf === "male" ? "male" : "female"}`)}
        </p>
      ))}
      <h2>{t("meaningHeading")}</h2>
      <p>{band?.meaning}</p>
      {result.flags.length > 0 && (
        <section className="safety" aria-labelledby="safety-heading">
          <h2 id="safety-heading">{t("safetyHeading")}</h2>
          {result.flags.map((flag) => (
            <p key={flag.id}>{text.flags[flag.message]}</p>
          ))}
        </section>
      )}
    </>
  );
}

/**
 * "What you can do": the band's advice, then (once the brief intervention's chunk is in) its
 * menu of options in the same section, so that the result has one such section, not three.
 */
export function BandAdvice({ text, feedback, children }: { text: QuestionnaireLocale; feedback: string; children?: ReactNode }) {
  const { t } = useTranslation("results");
  return (
    <section className="band-advice" aria-labelledby="advice-heading">
      <h2 id="advice-heading">{t("adviceHeading")}</h2>
      <ul className="advice">
        {text.bands[feedback]?.advice.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {children}
    </section>
  );
}

/** Adjustments name bands by id; their text is keyed by the band's feedback key. */
function bandFeedbackOf(result: ScoringResult, bandId: string): string {
  for (const score of result.scores) {
    if (score.band.id === bandId) return score.band.feedback;
    if (score.bandFromCutoffs.id === bandId) return score.bandFromCutoffs.feedback;
  }
  return bandId;
}
