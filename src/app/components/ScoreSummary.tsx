import { useTranslation } from "react-i18next";
import type { QuestionnaireLocale } from "../../engine";
import type { ScoreView } from "../store/views";
import { directionOf } from "../i18n/document-language";
import { ResultScale } from "./ResultScale";
import { plainBandLabel } from "./plain-band";

/** The band in plain words, the score out of its maximum, and the scale with its key. */
export function ScoreSummary({ view, text, language }: { view: ScoreView; text: QuestionnaireLocale; language: string }) {
  const { t } = useTranslation("results");
  const { outcome, segments } = view;
  const bandLabel = (feedback: string) => plainBandLabel(t, text, feedback);
  const band = bandLabel(outcome.band.feedback);
  // The score itself lies in the band its cut-offs give; an adjustment may then raise the result.
  const scoreSegment = outcome.bandFromCutoffs.index;
  return (
    <div className="score-summary">
      <p className="band-label">{band}</p>
      <p className="score-line">{t("scoreLine", { value: outcome.value, max: outcome.max })}</p>
      <ResultScale
        min={outcome.min}
        max={outcome.max}
        value={outcome.value}
        segments={segments}
        rtl={directionOf(language) === "rtl"}
        label={t("scaleAlt", {
          min: outcome.min,
          max: outcome.max,
          count: segments.length,
          value: outcome.value,
          position: scoreSegment + 1,
          band: bandLabel(outcome.bandFromCutoffs.feedback),
        })}
      />
      <details className="band-key__details">
        <summary className="band-key__heading">{t("bandsHeading")}</summary>
        <ol className="band-key">
          {segments.map((segment) => (
            <li key={segment.bandId} className={segment.isResult ? "band-key__item band-key__item--result" : "band-key__item"}>
              <span className="band-key__range">{t("bandRange", { from: segment.min, to: segment.max })}</span> <span>{bandLabel(segment.feedback)}</span>
              {segment.isResult && <strong className="band-key__you"> ({t("yourResult")})</strong>}
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
