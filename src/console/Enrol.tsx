import { useId, useState, type FormEvent } from "react";
import { enrol, type NewServiceKey, type Session } from "./session";
import { fill, useTexts } from "./texts";
import { useHeadingFocus } from "./use-heading-focus";

/** Enrolment from the one-time link that `npm run console:invite -- <service>` prints. */
export function Enrol({ inviteToken, transferKey = null, onSession }: { inviteToken: string; transferKey?: string | null; onSession: (session: Session) => void }) {
  const { texts } = useTexts();
  const heading = useHeadingFocus(texts.enrol.heading, texts.title);
  const [name, setName] = useState("");
  const [words, setWords] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState("");
  const [created, setCreated] = useState<{ session: Session; key: NewServiceKey } | null>(null);
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem("");
    try {
      const result = await enrol(inviteToken, name.trim(), words.trim() === "" ? null : words, transferKey);
      if (result.created === null) onSession(result);
      else setCreated({ session: result, key: result.created });
    } catch (error) {
      console.error(error);
      setProblem(fill(texts.enrol.failed, { reason: error instanceof Error ? error.message : String(error) }));
      setBusy(false);
    }
  }

  if (created !== null) return <NewKey created={created.key} onDone={() => onSession(created.session)} />;
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {texts.enrol.heading}
      </h1>
      <p>{texts.enrol.firstIntro}</p>
      <form onSubmit={(event) => void submit(event)}>
        <label htmlFor={`${id}-name`}>{texts.enrol.name}</label>
        <input id={`${id}-name`} required autoComplete="name" value={name} onChange={(event) => setName(event.target.value)} />
        {transferKey === null && (
          <>
            <label htmlFor={`${id}-words`}>{texts.enrol.recoveryWords}</label>
            <textarea id={`${id}-words`} rows={3} dir="ltr" value={words} onChange={(event) => setWords(event.target.value)} />
          </>
        )}
        <button type="submit" className="console-button" disabled={busy || name.trim() === ""}>
          {texts.enrol.button}
        </button>
      </form>
      {busy && <p role="status">{texts.enrol.busy}</p>}
      {problem !== "" && <p role="alert">{problem}</p>}
    </>
  );
}

function NewKey({ created, onDone }: { created: NewServiceKey; onDone: () => void }) {
  const { texts } = useTexts();
  const heading = useHeadingFocus(texts.enrol.recoveryHeading, texts.title);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {texts.enrol.recoveryHeading}
      </h1>
      <p>{texts.enrol.recoveryIntro}</p>
      <ol className="console-words" dir="ltr">
        {created.recoveryWords.map((word, index) => (
          <li key={index}>{word}</li>
        ))}
      </ol>
      <h2>{texts.enrol.fingerprintHeading}</h2>
      <p>{texts.enrol.fingerprintIntro}</p>
      <p className="console-fingerprint" dir="ltr" data-testid="fingerprint">
        {created.fingerprint}
      </p>
      <button type="button" className="console-button" onClick={onDone}>
        {texts.enrol.done}
      </button>
    </>
  );
}
