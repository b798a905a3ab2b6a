import { useEffect, useMemo, useState } from "react";
import type { StatsResponse } from "../../contact/team-api";
import { fill, useTexts } from "../texts";
import { useHeadingFocus } from "../use-heading-focus";
import { statsCsvPath, workplaceApi } from "./api";
import { useWorkplaceTexts } from "./texts";

/** Counts without content: a small bar per week (a table carries the same figures for screen readers). */
export function Counts() {
  const { texts: base } = useTexts();
  const { texts, language } = useWorkplaceTexts();
  const heading = useHeadingFocus(texts.counts.heading, base.title);
  const [stats, setStats] = useState<StatsResponse | null>(null);
  const [problem, setProblem] = useState("");
  const date = useMemo(() => new Intl.DateTimeFormat(language, { dateStyle: "medium", timeZone: "UTC" }), [language]);
  const number = useMemo(() => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }), [language]);
  useEffect(() => void workplaceApi.stats().then(setStats, (error: unknown) => setProblem(fill(base.error, { reason: String(error) }))), [base]);
  const cell = (x: number | null) => (x === null ? fill(texts.counts.hidden, { min: stats?.minimumCell ?? 5 }) : number.format(x));
  const most = Math.max(1, ...(stats?.weeks.map((w) => w.opened ?? 0) ?? [1]));
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {texts.counts.heading}
      </h1>
      <p>{fill(texts.counts.intro, { min: stats?.minimumCell ?? 5 })}</p>
      {problem !== "" && <p role="alert">{problem}</p>}
      {stats !== null && (
        <>
          <ul>
            <li>{fill(texts.counts.open, { count: stats.open })}</li>
            <li>{fill(texts.counts.urgent, { count: stats.urgentOpen })}</li>
            <li>{fill(texts.counts.overdue, { count: stats.overdue })}</li>
          </ul>
          <div className="workplace-chart" aria-hidden="true">
            {stats.weeks.map((w) => (
              <span key={w.week} className="workplace-chart__bar" style={{ blockSize: `${Math.round(((w.opened ?? 0) / most) * 100)}%` }} />
            ))}
          </div>
          {/* Scrolls sideways at 360 px, so it takes focus for keyboard scrolling. */}
          <div className="workplace-table" tabIndex={0} role="region" aria-label={texts.counts.heading}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{texts.counts.week.replace("{date}", "")}</th>
                  <th scope="col">{texts.counts.opened}</th>
                  <th scope="col">{texts.counts.median}</th>
                  <th scope="col">{texts.counts.p90}</th>
                  <th scope="col">{texts.counts.within}</th>
                </tr>
              </thead>
              <tbody>
                {stats.weeks.map((w) => (
                  <tr key={w.week}>
                    <th scope="row">{date.format(new Date(`${w.week}T00:00:00Z`))}</th>
                    <td>{cell(w.opened)}</td>
                    <td>{cell(w.medianFirstAnswerHours)}</td>
                    <td>{cell(w.p90FirstAnswerHours)}</td>
                    <td>{cell(w.answeredWithinPromise)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            <a className="console-link" href={statsCsvPath} download>
              {texts.counts.csv}
            </a>
          </p>
        </>
      )}
    </>
  );
}
