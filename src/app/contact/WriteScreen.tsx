import { useId, useMemo, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { generatePickupCode } from "../../contact/pickup-code";
import type { Letter } from "../../contact/letter";
import type { ContactService } from "../contact-offer/contact-services";
import type { ResultSummary } from "../contact-offer/result-summary";
import { sendFirstMessage } from "./conversation";
import { PickupCode } from "./PickupCode";
import { SafetyNote } from "./SafetyNote";
import { UrgentNote } from "./UrgentNote";
import { problemText } from "./send-error";
import { serviceName } from "./service-name";
import { useScreenHeading } from "./use-screen-heading";
import { daysText } from "./hours-text";

export type Sent = { service: ContactService; code: string; urgent: boolean };

/** Compose a message, optionally attach the result, see the pickup code, send. */
export function WriteScreen({ service, language, result, onSent }: { service: ContactService; language: string; result: ResultSummary | null; onSent: (sent: Sent) => void }) {
  const { t } = useTranslation("contact");
  const { t: tr } = useTranslation("results");
  const heading = useScreenHeading(t("write.heading"));
  // Made once per visit to this screen, on the phone; the server never sees it.
  const code = useMemo(() => generatePickupCode(), []);
  // Kept across retries so that a retried send is the same message (the server deduplicates).
  const messageId = useMemo(() => crypto.randomUUID(), []);
  const [text, setText] = useState("");
  const [needHelpNow, setNeedHelpNow] = useState(false);
  const [attach, setAttach] = useState(false);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState("");
  const ids = { message: useId(), hint: useId(), attach: useId() };
  const urgent = needHelpNow || result?.highestBand === true;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === "") {
      setProblem(t("write.empty"));
      return;
    }
    setSending(true);
    setProblem("");
    const letter: Letter = attach && result !== null ? { v: 1, text, result: { check: result.check, band: result.band, score: result.score, max: result.max, code: result.code } } : { v: 1, text };
    try {
      await sendFirstMessage({ service, code, letter, urgent, messageId });
      onSent({ service, code, urgent });
    } catch (error) {
      setProblem(problemText(error, t));
      setSending(false);
    }
  }

  return (
    <div className="contact">
      <h1 ref={heading} tabIndex={-1}>
        {t("write.heading")}
      </h1>
      <p>{t("write.to", { service: serviceName(service, language, tr) })}</p>
      {service.contact.demo === true && <p className="contact-demo">{t("demo")}</p>}
      <p>{t("write.promise", { days: daysText(service.contact.responseWorkingDays, language) })}</p>
      <SafetyNote />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <label htmlFor={ids.message}>{t("write.message")}</label>
        <p id={ids.hint} className="hint">
          {t("write.messageHint")}
        </p>
        <textarea id={ids.message} aria-describedby={ids.hint} rows={8} value={text} onChange={(event) => setText(event.target.value)} />
        <div className="contact-check">
          <input id={`${ids.message}-urgent`} type="checkbox" checked={needHelpNow} onChange={(event) => setNeedHelpNow(event.target.checked)} />
          <label htmlFor={`${ids.message}-urgent`}>{t("write.urgent")}</label>
        </div>
        {urgent && <UrgentNote />}
        {result !== null && (
          <div className="contact-check">
            <input id={ids.attach} type="checkbox" checked={attach} aria-describedby={`${ids.attach}-reveals`} onChange={(event) => setAttach(event.target.checked)} />
            <label htmlFor={ids.attach}>{t("write.attach")}</label>
            <p id={`${ids.attach}-reveals`} className="hint">
              {t("write.attachReveals")}
            </p>
          </div>
        )}
        <PickupCode code={code} />
        {problem !== "" && (
          <p className="contact-problem" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className="button" disabled={sending}>
          {sending ? t("write.sending") : t("write.send")}
        </button>
      </form>
    </div>
  );
}
