import { useEffect, useMemo, useState } from "react";
import type { AuditResponse } from "../../contact/team-api";
import { fill, useTexts } from "../texts";
import { useHeadingFocus } from "../use-heading-focus";
import { workplaceApi } from "./api";
import { useWorkplaceTexts } from "./texts";

/** The lead reads what counsellors did (never content) and when deletion last ran. */
export function Audit() {
  const { texts: base } = useTexts();
  const { texts, language } = useWorkplaceTexts();
  const heading = useHeadingFocus(texts.audit.heading, base.title);
  const [audit, setAudit] = useState<AuditResponse | null>(null);
  const [problem, setProblem] = useState("");
  const time = useMemo(() => new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short" }), [language]);
  useEffect(() => void workplaceApi.audit().then(setAudit, (error: unknown) => setProblem(fill(base.error, { reason: String(error) }))), [base]);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {texts.audit.heading}
      </h1>
      <p>{texts.audit.intro}</p>
      {problem !== "" && <p role="alert">{problem}</p>}
      {audit !== null && (
        <>
          <p>{audit.lastPurge === null ? texts.audit.noPurge : fill(texts.audit.lastPurge, { time: time.format(audit.lastPurge.ranAt), count: audit.lastPurge.threadsDeleted })}</p>
          {/* Scrolls sideways at 360 px, so it takes focus for keyboard scrolling. */}
          <div className="workplace-table" tabIndex={0} role="region" aria-label={texts.audit.heading}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{texts.audit.when}</th>
                  <th scope="col">{texts.audit.who}</th>
                  <th scope="col">{texts.audit.what}</th>
                  <th scope="col">{texts.audit.thread}</th>
                </tr>
              </thead>
              <tbody>
                {audit.entries.map((entry, index) => (
                  <tr key={`${entry.at}-${index}`}>
                    <td>{time.format(entry.at)}</td>
                    <td dir="ltr">
                      <bdi>{entry.counsellorId?.slice(0, 6) ?? "—"}</bdi>
                    </td>
                    <td dir="ltr">
                      <bdi>
                        {entry.action}
                        {entry.target === null ? "" : ` → ${entry.target.slice(0, 24)}`}
                      </bdi>
                    </td>
                    <td dir="ltr">
                      <bdi>{entry.threadId?.slice(0, 6) ?? ""}</bdi>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
