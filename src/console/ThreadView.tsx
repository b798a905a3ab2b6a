import { useEffect, useId, useMemo, useState, type FormEvent } from "react";
import { consoleApi } from "./api";
import type { Session } from "./session";
import { fill, useTexts } from "./texts";
import { encryptReply, readThread, type ReadMessage } from "./thread-crypto";
import { useHeadingFocus } from "./use-heading-focus";
import { ThreadTools } from "./team/ThreadTools";

type Loaded = { threadKey: CryptoKey; messages: ReadMessage[]; urgent: boolean };

/** One conversation, decrypted here, with the reply box. */
export function ThreadView({ session, threadId, onBack }: { session: Session; threadId: string; onBack: () => void }) {
  const { texts, language } = useTexts();
  const heading = useHeadingFocus(texts.thread.heading, texts.title);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [text, setText] = useState("");
  const [messageId, setMessageId] = useState(() => crypto.randomUUID());
  const [status, setStatus] = useState("");
  const [problem, setProblem] = useState("");
  const [busy, setBusy] = useState(false);
  const id = useId();
  const time = useMemo(() => new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short" }), [language]);
  const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

  useEffect(() => {
    let live = true;
    consoleApi
      .thread(threadId)
      .then(async (thread) => {
        const opened = await readThread(thread, session.me.service.id, session.keyPair);
        if (live) setLoaded({ ...opened, urgent: thread.urgent });
        await consoleApi.markRead(threadId);
      })
      .catch((error: unknown) => live && setProblem(fill(texts.error, { reason: reason(error) })));
    return () => {
      live = false;
    };
  }, [threadId, session, texts]);

  async function send(event: FormEvent) {
    event.preventDefault();
    if (loaded === null) return;
    if (text.trim() === "") return setProblem(texts.thread.empty);
    setBusy(true);
    setProblem("");
    try {
      const ciphertext = await encryptReply(loaded.threadKey, threadId, messageId, text);
      const ack = await consoleApi.reply(threadId, { id: messageId, ciphertext });
      setLoaded({ ...loaded, messages: [...loaded.messages, { id: ack.id, from: "service", createdAt: ack.createdAt, letter: { v: 1, text } }] });
      setText("");
      setMessageId(crypto.randomUUID());
      setStatus(texts.thread.sent);
    } catch (error) {
      setProblem(fill(texts.thread.failed, { reason: reason(error) }));
    }
    setBusy(false);
  }

  return (
    <>
      <button type="button" className="console-link" onClick={onBack}>
        {texts.thread.back}
      </button>
      <h1 ref={heading} tabIndex={-1}>
        {texts.thread.heading}
      </h1>
      {loaded?.urgent === true && <p className="console-tag">{texts.thread.urgent}</p>}
      {loaded !== null && (
        <ol className="console-thread">
          {loaded.messages.map((message) => (
            <li key={message.id} className={`console-message console-message--${message.from}`}>
              <p className="console-meta">
                <strong>{message.from === "person" ? texts.thread.person : texts.thread.counsellor}</strong> · {time.format(message.createdAt)}
              </p>
              {message.letter === null ? (
                <p>{texts.thread.unreadable}</p>
              ) : (
                <>
                  <p className="console-message__text" dir="auto">
                    {message.letter.text}
                  </p>
                  {message.letter.result !== undefined && (
                    <p className="console-result">
                      {fill(texts.thread.result, { ...message.letter.result, code: message.letter.result.code ?? "" })}
                      {message.letter.result.code !== null && (
                        <>
                          <br />
                          <span dir="ltr">{fill(texts.thread.resultCode, { code: message.letter.result.code })}</span>
                        </>
                      )}
                    </p>
                  )}
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={(event) => void send(event)}>
        <label htmlFor={id}>{texts.thread.reply}</label>
        <textarea id={id} rows={6} value={text} onChange={(event) => setText(event.target.value)} />
        <button type="submit" className="console-button" disabled={busy || loaded === null}>
          {texts.thread.send}
        </button>
      </form>
      <p role="status">{status}</p>
      {problem !== "" && <p role="alert">{problem}</p>}
      {loaded !== null && <ThreadTools session={session} threadId={threadId} threadKey={loaded.threadKey} onAnswer={(body) => setText((now) => (now.trim() === "" ? body : `${now}\n\n${body}`))} />}
    </>
  );
}
