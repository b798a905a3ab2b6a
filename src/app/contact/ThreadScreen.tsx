import { useId, useMemo, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ContactService } from "../contact-offer/contact-services";
import { answer, deleteConversation, type OpenThread } from "./conversation";
import { forgetCode } from "./kept-codes";
import { SafetyNote } from "./SafetyNote";
import { problemText } from "./send-error";
import { serviceName } from "./service-name";
import { useScreenHeading } from "./use-screen-heading";

/** The thread: messages and replies, an answer box, and "Delete this conversation". */
export function ThreadScreen({ thread, code, service, language, onDeleted }: { thread: OpenThread; code: string; service: ContactService | null; language: string; onDeleted: () => void }) {
  const { t } = useTranslation("contact");
  const { t: tr } = useTranslation("results");
  const heading = useScreenHeading(t("thread.heading"));
  const [messages, setMessages] = useState(thread.messages);
  const [text, setText] = useState("");
  const [messageId, setMessageId] = useState(() => crypto.randomUUID());
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState("");
  const id = useId();
  const time = useMemo(() => new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short" }), [language]);
  const hasReply = messages.some((message) => message.from === "service");

  async function send(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === "") return setProblem(t("write.empty"));
    setBusy(true);
    setProblem("");
    try {
      const sent = await answer(thread, text, messageId);
      setMessages((current) => [...current, sent]);
      setText("");
      setMessageId(crypto.randomUUID());
    } catch (error) {
      setProblem(problemText(error, t));
    }
    setBusy(false);
  }

  async function remove() {
    setBusy(true);
    try {
      await deleteConversation(thread);
      forgetCode(code);
      onDeleted();
    } catch (error) {
      setProblem(problemText(error, t));
      setBusy(false);
    }
  }

  return (
    <div className="contact">
      <h1 ref={heading} tabIndex={-1}>
        {t("thread.heading")}
      </h1>
      {service !== null && <p>{t("sent.to", { service: serviceName(service, language, tr) })}</p>}
      {!hasReply && <p>{t("thread.noReply")}</p>}
      <ol className="contact-thread">
        {messages.map((message) => (
          <li key={message.id} className={`contact-message contact-message--${message.from}`}>
            <p className="contact-message__meta">
              <strong>{message.from === "person" ? t("thread.you") : t("thread.counsellor")}</strong> ·{" "}
              <time dateTime={new Date(message.createdAt).toISOString()}>{time.format(message.createdAt)}</time>
            </p>
            <p className="contact-message__text" dir="auto">
              {message.letter.text}
            </p>
            {message.letter.result !== undefined && <p className="hint">{t("thread.resultAttached")}</p>}
          </li>
        ))}
      </ol>
      <form onSubmit={(event) => void send(event)} noValidate>
        <label htmlFor={id}>{t("thread.answer")}</label>
        <textarea id={id} rows={5} value={text} onChange={(event) => setText(event.target.value)} />
        <button type="submit" className="button" disabled={busy}>
          {t("write.send")}
        </button>
      </form>
      {problem !== "" && (
        <p className="contact-problem" role="alert">
          {problem}
        </p>
      )}
      <section className="contact-delete" aria-labelledby={`${id}-delete`}>
        <h2 id={`${id}-delete`}>{t("thread.deleteHeading")}</h2>
        {confirming ? (
          <>
            <p>{t("thread.confirmDelete")}</p>
            <div className="button-group">
              <button type="button" className="button" disabled={busy} onClick={() => void remove()}>
                {t("thread.confirm")}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
                {t("thread.cancel")}
              </button>
            </div>
          </>
        ) : (
          <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
            {t("thread.delete")}
          </button>
        )}
      </section>
      <SafetyNote />
    </div>
  );
}
