import { useId, useState, type FormEvent } from "react";
import { questionnaireKey, type Definition, type QuestionnaireLocale } from "../../engine";
import { diffDefinitions } from "../../engine/describe";
import { diffBlocks } from "../../report/diff";
import type { ContentSource } from "../content/source";
import { BlocksView } from "./BlocksView";
import { loadClinicianBundle } from "./clinician-content";
import { LoadState } from "./LoadState";
import { clinicianHref } from "./route";
import { CLINICIAN_TEXT } from "./text";
import { useLoaded } from "./use-loaded";

type Side = { definition: Definition; locales: readonly QuestionnaireLocale[] };

/** The changes from one version to another (any two definitions, e.g. test fixtures). */
export function DiffView({ from, to }: { from: Side; to: Side }) {
  const changes = diffDefinitions(from.definition, to.definition, from.locales, to.locales);
  return <BlocksView blocks={diffBlocks(questionnaireKey(from.definition), questionnaireKey(to.definition), changes)} />;
}

function ChooseVersions({ keys, from, to }: { keys: readonly string[]; from: string | null; to: string | null }) {
  const id = useId();
  const [chosen, setChosen] = useState({ from: from ?? keys[0] ?? "", to: to ?? keys[0] ?? "" });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    window.location.hash = clinicianHref({ page: "diff", from: chosen.from, to: chosen.to });
  };
  const select = (side: "from" | "to", label: string) => (
    <div className="form-group">
      <label className="label" htmlFor={`${id}-${side}`}>
        {label}
      </label>
      <select id={`${id}-${side}`} value={chosen[side]} onChange={(event) => setChosen({ ...chosen, [side]: event.target.value })}>
        {keys.map((key) => (
          <option key={key} value={key}>
            {key}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form className="no-print" onSubmit={submit}>
      {select("from", CLINICIAN_TEXT.diff.from)}
      {select("to", CLINICIAN_TEXT.diff.to)}
      <button type="submit" className="button button--primary">
        {CLINICIAN_TEXT.diff.compare}
      </button>
    </form>
  );
}

function LoadedDiff({ from, to, content }: { from: string; to: string; content: ContentSource }) {
  const loaded = useLoaded(() => Promise.all([loadClinicianBundle(from, content), loadClinicianBundle(to, content)]), [from, to, content]);
  return <LoadState loaded={loaded}>{([a, b]) => <DiffView from={a} to={b} />}</LoadState>;
}

export function DiffPage({ from, to, content }: { from: string | null; to: string | null; content: ContentSource }) {
  const keys = content.questionnaireKeys;
  const ids = keys.map((key) => key.split("@")[0]);
  const anyWithTwoVersions = ids.some((id, index) => ids.indexOf(id) !== index);
  const known = (key: string | null): key is string => key !== null && keys.includes(key);
  if (known(from) && known(to)) {
    return (
      <>
        <LoadedDiff from={from} to={to} content={content} />
        <ChooseVersions key={`${from}/${to}`} keys={keys} from={from} to={to} />
      </>
    );
  }
  return (
    <>
      <h1>{CLINICIAN_TEXT.diff.title}</h1>
      <p className="lead">{CLINICIAN_TEXT.diff.lead}</p>
      {anyWithTwoVersions ? null : <p className="hint">{CLINICIAN_TEXT.diff.onlyOne}</p>}
      <ChooseVersions keys={keys} from={from} to={to} />
    </>
  );
}
