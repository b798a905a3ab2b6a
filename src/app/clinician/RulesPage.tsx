import { buildRulesDocument } from "../../engine/describe";
import { rulesBlocks } from "../../report/rules";
import type { ContentSource } from "../content/source";
import { AdviceRulesPage } from "./AdviceRulesPage";
import { BlocksView } from "./BlocksView";
import { loadClinicianBundle, type ClinicianBundle } from "./clinician-content";
import { LoadState } from "./LoadState";
import { PrintButton } from "./PrintButton";
import { CLINICIAN_TEXT } from "./text";
import { useLoaded } from "./use-loaded";

/** The rules document of one bundle, built (and its worked examples run) as the page renders. */
export function RulesView({ bundle }: { bundle: ClinicianBundle }) {
  const doc = buildRulesDocument(bundle.definition, { locales: bundle.locales, vectors: bundle.vectors });
  return (
    <article className="clinician-rules">
      <BlocksView blocks={rulesBlocks(doc)} />
      {bundle.skipped.length === 0 ? null : (
        <section className="notice">
          <p>{CLINICIAN_TEXT.rules.skippedLocales}</p>
          <ul>
            {bundle.skipped.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </section>
      )}
      <PrintButton />
    </article>
  );
}

export function RulesPage({ questionnaireKey, content }: { questionnaireKey: string; content: ContentSource }) {
  // The questions about use are not a questionnaire: their page lists the advice each answer brings up.
  if (questionnaireKey.startsWith("about-your-use@")) return <AdviceRulesPage aboutKey={questionnaireKey} />;
  return <QuestionnaireRulesPage questionnaireKey={questionnaireKey} content={content} />;
}

function QuestionnaireRulesPage({ questionnaireKey, content }: { questionnaireKey: string; content: ContentSource }) {
  const known = content.questionnaireKeys.includes(questionnaireKey);
  const loaded = useLoaded(() => (known ? loadClinicianBundle(questionnaireKey, content) : Promise.reject(new Error(CLINICIAN_TEXT.rules.unknown(questionnaireKey)))), [questionnaireKey, content]);
  return <LoadState loaded={loaded}>{(bundle) => <RulesView bundle={bundle} />}</LoadState>;
}
