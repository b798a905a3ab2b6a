import { useCallback, useEffect, useId, useMemo, useState } from "react";
import type { TeamResponse } from "../../contact/team-api";
import type { Session } from "../session";
import { fill, useTexts } from "../texts";
import { useHeadingFocus } from "../use-heading-focus";
import { workplaceApi } from "./api";
import { makeLink } from "./links";
import { useWorkplaceTexts } from "./texts";

/** The lead's view of the team: invite, remove a counsellor at once, remove a lost device. */
export function Team({ session }: { session: Session }) {
  const { texts: base } = useTexts();
  const { texts, language } = useWorkplaceTexts();
  const heading = useHeadingFocus(texts.team.heading, base.title);
  const [team, setTeam] = useState<TeamResponse | null>(null);
  const [link, setLink] = useState("");
  const [status, setStatus] = useState("");
  const [until, setUntil] = useState("");
  const formId = useId();
  const time = useMemo(() => new Intl.DateTimeFormat(language, { dateStyle: "medium" }), [language]);
  const fail = useCallback((error: unknown) => setStatus(fill(base.error, { reason: error instanceof Error ? error.message : String(error) })), [base]);
  const load = useCallback(() => void workplaceApi.team().then(setTeam, fail), [fail]);
  useEffect(load, [load]);
  const invite = (role: "lead" | "counsellor") => {
    setStatus(texts.team.passkeyAgain);
    makeLink(role).then((made) => {
      setLink(made);
      setStatus("");
    }, fail);
  };
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {texts.team.heading}
      </h1>
      <p>
        <button type="button" className="console-button" onClick={() => invite("counsellor")}>
          {texts.team.invite}
        </button>{" "}
        <button type="button" className="console-button console-button--secondary" onClick={() => invite("lead")}>
          {texts.team.inviteLead}
        </button>
      </p>
      {link !== "" && (
        <>
          <p>{texts.team.inviteIntro}</p>
          <p className="console-words" dir="ltr">
            <code>{link}</code>
          </p>
        </>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void workplaceApi.absence(until === "" ? null : until).then(() => setStatus(texts.absence.saved), fail);
        }}
      >
        <label htmlFor={`${formId}-until`}>{texts.absence.label}</label>
        <input id={`${formId}-until`} type="date" value={until} onChange={(event) => setUntil(event.target.value)} />
        <button type="submit" className="console-button console-button--secondary">
          {texts.absence.save}
        </button>{" "}
        <button
          type="button"
          className="console-button console-button--secondary"
          onClick={() => {
            setUntil("");
            void workplaceApi.absence(null).then(() => setStatus(texts.absence.saved), fail);
          }}
        >
          {texts.absence.clear}
        </button>
      </form>
      <p role="status">{status}</p>
      {team !== null && (
        <ul className="console-inbox">
          {team.counsellors.map((member) => (
            <li key={member.id} className="console-inbox__entry">
              <p>
                <strong>{member.displayName}</strong> · {member.role === "lead" ? texts.team.lead : texts.team.counsellor} · {fill(texts.team.devices, { count: member.devices.length })}
              </p>
              <ul>
                {member.devices.map((device) => (
                  <li key={device.credentialId}>
                    {fill(texts.team.device, { time: time.format(device.createdAt), used: device.lastUsedAt === null ? texts.team.never : time.format(device.lastUsedAt) })}{" "}
                    <button
                      type="button"
                      className="console-button console-button--secondary"
                      onClick={() =>
                        void workplaceApi.removeDevice(device.credentialId).then(() => {
                          setStatus(texts.team.removed);
                          load();
                        }, fail)
                      }
                    >
                      {texts.team.removeDevice}
                    </button>
                  </li>
                ))}
              </ul>
              {member.id !== session.me.counsellor.id && (
                <button
                  type="button"
                  className="console-button console-button--secondary"
                  onClick={() => {
                    if (!window.confirm(fill(texts.team.confirmRemove, { name: member.displayName }))) return;
                    void workplaceApi.removeCounsellor(member.id).then(() => {
                      setStatus(texts.team.removed);
                      load();
                    }, fail);
                  }}
                >
                  {fill(texts.team.remove, { name: member.displayName })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
