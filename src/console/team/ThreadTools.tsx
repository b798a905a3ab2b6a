import { useCallback, useEffect, useId, useState, type FormEvent } from "react";
import { decryptNote, encryptNote } from "../../contact/note";
import { importServicePublicKey, unwrapForService, wrapForService } from "../../contact/thread-key";
import { consoleApi } from "../api";
import type { Session } from "../session";
import { fill, useTexts } from "../texts";
import { colleaguesApi, workApi, type CannedAnswer, type ThreadState } from "./api";
import { useWorkplaceTexts } from "./texts";

type Props = { session: Session; threadId: string; threadKey: CryptoKey; onAnswer: (body: string) => void };

/** Beside a conversation: claim or assign, notes, short answers, handover and closing (issue 19.2–19.3). */
export function ThreadTools({ session, threadId, threadKey, onAnswer }: Props) {
  const { texts: base, language } = useTexts();
  const { texts } = useWorkplaceTexts();
  const id = useId();
  const [state, setState] = useState<ThreadState | null>(null);
  const [colleagues, setColleagues] = useState<{ id: string; displayName: string }[]>([]);
  const [notes, setNotes] = useState<{ id: string; text: string }[]>([]);
  const [note, setNote] = useState("");
  const [answers, setAnswers] = useState<CannedAnswer[]>([]);
  const [answer, setAnswer] = useState({ title: "", body: "" });
  const [target, setTarget] = useState("");
  const [status, setStatus] = useState("");
  const fail = useCallback((error: unknown) => setStatus(fill(base.error, { reason: error instanceof Error ? error.message : String(error) })), [base]);

  const load = useCallback(async () => {
    const [states, people, noteList, canned] = await Promise.all([workApi.states(), colleaguesApi.list(), workApi.notes(threadId), workApi.answers()]);
    setState(states.states.find((s) => s.threadId === threadId) ?? null);
    setColleagues(people.colleagues);
    setAnswers(canned.answers.filter((a) => a.language === language || a.language.startsWith(`${language}-`)));
    setNotes(await Promise.all(noteList.notes.map(async (n) => ({ id: n.id, text: await decryptNote(threadKey, { threadId, noteId: n.id }, n.ciphertext).catch(() => "…") }))));
  }, [threadId, threadKey, language]);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- load() sets state only after its requests answer (an external system), never synchronously
  useEffect(() => void load().catch(fail), [load, fail]);

  const assign = (to: string | null) =>
    void workApi
      .assign(threadId, to)
      .then(() => {
        setStatus(texts.tools.assigned);
        return load();
      })
      .catch(fail);
  const addNote = async (event: FormEvent) => {
    event.preventDefault();
    if (note.trim() === "") return;
    const noteId = crypto.randomUUID();
    await workApi.addNote(threadId, noteId, await encryptNote(threadKey, { threadId, noteId }, note));
    setNote("");
    await load();
  };
  const addAnswer = async (event: FormEvent) => {
    event.preventDefault();
    await workApi.addAnswer({ language, title: answer.title, body: answer.body });
    setAnswer({ title: "", body: "" });
    await load();
  };
  const handover = async (event: FormEvent) => {
    event.preventDefault();
    const key = await workApi.serviceKey(target.trim());
    const thread = await consoleApi.thread(threadId);
    const raw = await unwrapForService(thread.serviceWrap, session.keyPair, { serviceId: session.me.service.id, threadId });
    const wrap = await wrapForService(raw, await importServicePublicKey(key.publicKey), { serviceId: target.trim(), threadId });
    raw.fill(0);
    await workApi.handover(threadId, { toServiceId: target.trim(), toKeyId: key.keyId, wrap });
    setStatus(`${texts.tools.handoverAsked} ${fill(texts.tools.fingerprint, { fingerprint: key.fingerprint })}`);
    await load();
  };

  return (
    <section aria-labelledby={`${id}-h`} className="workplace-tools">
      <h2 id={`${id}-h`}>{texts.tools.heading}</h2>
      <p>
        <button type="button" className="console-button console-button--secondary" onClick={() => assign(session.me.counsellor.id)}>
          {texts.tools.claim}
        </button>{" "}
        <label htmlFor={`${id}-assign`}>{texts.tools.assign}</label>{" "}
        <select id={`${id}-assign`} value={state?.assignedTo ?? ""} onChange={(e) => assign(e.target.value === "" ? null : e.target.value)}>
          <option value="">{texts.tools.nobody}</option>
          {colleagues.map((c) => (
            <option key={c.id} value={c.id}>
              {c.displayName}
            </option>
          ))}
        </select>
      </p>
      <h3>{texts.tools.notes}</h3>
      <ul>
        {notes.map((n) => (
          <li key={n.id} dir="auto">
            {n.text}
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void addNote(e).catch(fail)}>
        <label htmlFor={`${id}-note`}>{texts.tools.note}</label>
        <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        <button type="submit" className="console-button console-button--secondary">
          {texts.tools.addNote}
        </button>
      </form>
      <h3>{texts.tools.answers}</h3>
      <ul>
        {answers.map((a) => (
          <li key={a.id}>
            <button type="button" className="console-link" onClick={() => onAnswer(a.body)}>
              {texts.tools.insert}: {a.title}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void addAnswer(e).catch(fail)}>
        <fieldset>
          <legend>{texts.tools.newAnswer}</legend>
          <input aria-label={`${texts.tools.newAnswer} 1`} value={answer.title} maxLength={80} onChange={(e) => setAnswer({ ...answer, title: e.target.value })} />
          <textarea aria-label={`${texts.tools.newAnswer} 2`} rows={2} value={answer.body} onChange={(e) => setAnswer({ ...answer, body: e.target.value })} />
        </fieldset>
        <button type="submit" className="console-button console-button--secondary">
          {texts.tools.saveAnswer}
        </button>
      </form>
      <h3>{texts.tools.handover}</h3>
      {state?.handoverStatus === "refused" && <p>{texts.tools.handoverRefused}</p>}
      <form onSubmit={(e) => void handover(e).catch(fail)}>
        <label htmlFor={`${id}-target`}>{texts.tools.handoverService}</label>
        <input id={`${id}-target`} dir="ltr" value={target} onChange={(e) => setTarget(e.target.value)} />
        <button type="submit" className="console-button console-button--secondary">
          {texts.tools.handoverButton}
        </button>
      </form>
      <p>
        {state?.closedAs === "face-to-face" ? (
          texts.tools.closed
        ) : (
          <button type="button" className="console-button console-button--secondary" onClick={() => void workApi.close(threadId).then(load).catch(fail)}>
            {texts.tools.close}
          </button>
        )}
      </p>
      <p role="status">{status}</p>
    </section>
  );
}
