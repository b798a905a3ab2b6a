import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { openThread, type OpenThread } from "./conversation";
import { keptCodes } from "./kept-codes";
import { SafetyNote } from "./SafetyNote";
import { problemText } from "./send-error";
import { useScreenHeading } from "./use-screen-heading";

/** "Read replies": the pickup code opens the thread (derived on the phone; the code is never sent). */
export function RepliesScreen({ onOpen }: { onOpen: (thread: OpenThread, code: string) => void }) {
  const { t } = useTranslation("contact");
  const heading = useScreenHeading(t("replies.heading"));
  const kept = keptCodes();
  const [code, setCode] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState("");
  const id = useId();

  async function open(value: string) {
    setBusy(true);
    setProblem("");
    try {
      onOpen(await openThread(value), value);
    } catch (error) {
      setProblem(problemText(error, t));
      setBusy(false);
    }
  }

  return (
    <div className="contact">
      <h1 ref={heading} tabIndex={-1}>
        {t("replies.heading")}
      </h1>
      <form
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          void open(code);
        }}
        noValidate
      >
        <label htmlFor={id}>{t("replies.codeLabel")}</label>
        <p id={`${id}-hint`} className="hint">
          {t("replies.codeHint")}
        </p>
        <input
          id={id}
          className="contact-code__input"
          dir="ltr"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          value={code}
          onChange={(event) => setCode(event.target.value)}
        />
        {problem !== "" && (
          <p className="contact-problem" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className="button" disabled={busy}>
          {t("replies.open")}
        </button>
      </form>
      {kept.length > 0 && (
        <ul className="contact-kept">
          {kept.map((keptCode) => (
            <li key={keptCode}>
              <button type="button" className="button button--secondary" disabled={busy} onClick={() => void open(keptCode)}>
                {t("replies.useKept", { start: keptCode.slice(0, 4) })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <SafetyNote />
    </div>
  );
}
