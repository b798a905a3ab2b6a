import { useId, useState, type FormEvent } from "react";
import type { Answers, CheckMonth, Definition, Profile, QuestionnaireLocale } from "../../engine";
import type { ContentSource } from "../content/source";
import { decodeForClinician } from "./decode-code";
import { DecodedResult } from "./DecodedResult";
import { LoadState } from "./LoadState";
import { CLINICIAN_TEXT } from "./text";
import { useLoaded } from "./use-loaded";

const T = CLINICIAN_TEXT.decode;

type Decoded = { definition: Definition; text: QuestionnaireLocale; answers: Answers; profile: Profile; month?: CheckMonth | undefined };
type Outcome = { state: "none" } | { state: "error"; message: string } | { state: "decoded"; decoded: Decoded };

async function loadAllDefinitions(content: ContentSource): Promise<Map<string, Definition>> {
  const definitions = await Promise.all(content.questionnaireKeys.map((key) => content.loadDefinition(key)));
  return new Map(definitions.map((definition) => [`${definition.id}@${definition.version}`, definition]));
}

function Decoder({ definitions, content }: { definitions: Map<string, Definition>; content: ContentSource }) {
  const id = useId();
  // The code lives only in this component's state: never in the URL, storage or a log.
  const [code, setCode] = useState("");
  const [outcome, setOutcome] = useState<Outcome>({ state: "none" });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const decoded = decodeForClinician(code, definitions);
    if (!decoded.ok) {
      setOutcome({ state: "error", message: decoded.message });
      return;
    }
    const { definition } = decoded;
    try {
      const text = await content.loadInstrumentText("en", definition.id, definition);
      setOutcome({ state: "decoded", decoded: { definition, text, answers: decoded.answers, profile: decoded.profile, month: decoded.month } });
    } catch (error) {
      setOutcome({ state: "error", message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <>
      <form onSubmit={(event) => void submit(event)} className="no-print">
        <div className={outcome.state === "error" ? "form-group form-group--error" : "form-group"}>
          <label className="label" htmlFor={`${id}-code`}>
            {T.label}
          </label>
          <p className="hint" id={`${id}-hint`}>
            {T.hint}
          </p>
          {outcome.state === "error" ? (
            <div className="error-message" id={`${id}-error`} role="alert">
              <p>
                <strong>{T.errorTitle}</strong>
              </p>
              <p>{outcome.message}</p>
            </div>
          ) : null}
          <input
            id={`${id}-code`}
            className="clinician-code-input"
            type="text"
            dir="ltr"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            value={code}
            aria-describedby={outcome.state === "error" ? `${id}-hint ${id}-error` : `${id}-hint`}
            aria-invalid={outcome.state === "error"}
            onChange={(event) => setCode(event.target.value)}
          />
        </div>
        <button type="submit" className="button button--primary">
          {T.submit}
        </button>
      </form>
      {outcome.state === "decoded" ? <DecodedResult {...outcome.decoded} /> : null}
    </>
  );
}

export function DecodePage({ content }: { content: ContentSource }) {
  const loaded = useLoaded(() => loadAllDefinitions(content), [content]);
  return (
    <>
      <h1>{T.title}</h1>
      <p className="lead">{T.lead}</p>
      <LoadState loaded={loaded}>{(definitions) => <Decoder definitions={definitions} content={content} />}</LoadState>
    </>
  );
}
