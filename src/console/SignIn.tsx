import { useState } from "react";
import { signIn, type Session } from "./session";
import { useTexts } from "./texts";
import { useHeadingFocus } from "./use-heading-focus";

export function SignIn({ onSession }: { onSession: (session: Session) => void }) {
  const { texts } = useTexts();
  const heading = useHeadingFocus(texts.signIn.heading, texts.title);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState("");
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {texts.signIn.heading}
      </h1>
      <p>{texts.signIn.intro}</p>
      <button
        type="button"
        className="console-button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setProblem("");
          signIn()
            .then(onSession)
            .catch((error: unknown) => {
              console.error(error);
              setProblem(texts.signIn.failed);
              setBusy(false);
            });
        }}
      >
        {texts.signIn.button}
      </button>
      {busy && <p role="status">{texts.signIn.busy}</p>}
      {problem !== "" && <p role="alert">{problem}</p>}
    </>
  );
}
