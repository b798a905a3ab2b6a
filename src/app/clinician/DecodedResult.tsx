import { score, type Answers, type Definition, type Profile, type QuestionnaireLocale } from "../../engine";
import type { CheckMonth } from "../../engine";
import { formatMonth } from "../brief/month";
import { clinicianHref } from "./route";
import { CLINICIAN_TEXT } from "./text";

const T = CLINICIAN_TEXT.decode;

/**
 * A decoded result as the engine scores it now: every answer with its points, every score
 * with its band, and every rule that fired. The wording is English (the code does not record
 * the person's language); band labels are the ones the English self-check shows.
 */
type Props = { definition: Definition; text: QuestionnaireLocale; answers: Answers; profile: Profile; month?: CheckMonth | undefined };

export function DecodedResult({ definition, text, answers, profile, month }: Props) {
  const outcome = score(definition, answers, profile);
  // decodeResultCode only returns answers that score; this guards the type, not a real path.
  if (!outcome.ok) return <p role="alert">{outcome.problems.map((problem) => problem.code).join(", ")}</p>;
  const result = outcome.result;
  const key = result.questionnaire;
  const bandLabel = (feedback: string) => text.bands[feedback]?.label ?? feedback;
  const fired = result.trace.rules.filter((rule) => rule.fired);
  return (
    <section aria-labelledby="decoded-heading" className="clinician-decoded">
      <h2 id="decoded-heading">
        {T.questionnaire}: {key}
      </h2>
      <p>
        {definition.instrument.name} ({definition.instrument.abbreviation}) · <a href={clinicianHref({ page: "rules", key })}>{T.rulesLink}</a>
      </p>
      <p className="clinician-not-proof">{T.notProof}</p>
      <h3>{T.profile}</h3>
      <p>{definition.profile.includes("sex") ? `${T.sex}: ${profile.sex ?? "?"}` : T.noProfile}</p>
      <p>
        {T.month}: {month === undefined ? T.monthNotRecorded : formatMonth(month, "en")}
      </p>

      <h3>{T.answers}</h3>
      <div className="clinician-table" tabIndex={0} role="region" aria-label={T.answers}>
        <table>
          <thead>
            <tr>
              <th scope="col">{T.item}</th>
              <th scope="col">{T.question}</th>
              <th scope="col">{T.answer}</th>
              <th scope="col">{T.points}</th>
            </tr>
          </thead>
          <tbody>
            {result.trace.items.map((trace, index) => (
              <tr key={trace.itemId}>
                <td>{index + 1}</td>
                <td>{text.items[trace.itemId]?.text ?? trace.itemId}</td>
                <td>{trace.optionId === null ? T.notShown : (text.items[trace.itemId]?.options[trace.optionId] ?? trace.optionId)}</td>
                <td>{trace.points}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{T.scores}</h3>
      {result.scores.map((outcome) => (
        <dl key={outcome.id} className="clinician-definitions" aria-label={`${T.score} ${outcome.id}`}>
          <dt>{T.score}</dt>
          <dd>{outcome.id}</dd>
          <dt>{T.value}</dt>
          <dd data-testid={`score-${outcome.id}`}>{`${outcome.value} out of ${outcome.max}`}</dd>
          <dt>{T.range}</dt>
          <dd>{`${outcome.min}–${outcome.max}`}</dd>
          <dt>{T.band}</dt>
          <dd data-testid={`band-${outcome.id}`}>{`${bandLabel(outcome.band.feedback)} (${outcome.band.id})`}</dd>
          {outcome.band.id === outcome.bandFromCutoffs.id ? null : (
            <>
              <dt>{T.bandFromCutoffs}</dt>
              <dd>{`${bandLabel(outcome.bandFromCutoffs.feedback)} (${outcome.bandFromCutoffs.id})`}</dd>
            </>
          )}
          <dt>{T.referral}</dt>
          <dd>{outcome.referralTier}</dd>
          <dt>{T.sum}</dt>
          <dd>{outcome.arithmetic}</dd>
        </dl>
      ))}

      <h3>{T.rules}</h3>
      {fired.length === 0 && result.notices.length === 0 ? <p>{T.noRules}</p> : null}
      <ul>
        {fired.map((rule) =>
          rule.kind === "adjustment" ? (
            <li key={`a-${rule.id}`}>{rule.capped === true ? T.cappedAdjustment(rule.id) : T.adjustment(rule.id, rule.fromBand ?? "?", rule.toBand ?? "?")}</li>
          ) : (
            <li key={`f-${rule.id}`}>
              {T.flag(rule.id)} “{text.flags[definition.flags.find((flag) => flag.id === rule.id)?.message ?? ""] ?? rule.id}”
            </li>
          ),
        )}
        {result.notices.map((notice) => (
          <li key={`n-${notice.score}`}>{T.lowerCutoff(notice.score, notice.appliedCutoffsOf)}</li>
        ))}
      </ul>
    </section>
  );
}
