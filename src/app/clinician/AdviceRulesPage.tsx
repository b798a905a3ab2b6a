import { textByKey } from "../../engine";
import { buildAdviceRulesDocument } from "../../engine/describe/advice";
import { adviceRulesBlocks } from "../../report/advice";
import { loadBriefContent, loadInterventionTexts } from "../brief/content";
import { BlocksView } from "./BlocksView";
import { LoadState } from "./LoadState";
import { PrintButton } from "./PrintButton";
import { CLINICIAN_TEXT } from "./text";
import { useLoaded } from "./use-loaded";

/** What each answer about use brings up (the same page as `npm run rules -- about-your-use`). */
export function AdviceRulesPage({ aboutKey }: { aboutKey: string }) {
  const loaded = useLoaded(async () => {
    const [content, english] = await Promise.all([loadBriefContent(), loadInterventionTexts("en")]);
    if (content.advice.aboutYourUse !== aboutKey) throw new Error(CLINICIAN_TEXT.rules.unknown(aboutKey));
    return buildAdviceRulesDocument(content.about, content.advice, (key) => textByKey(english, key));
  }, [aboutKey]);
  return (
    <LoadState loaded={loaded}>
      {(doc) => (
        <article className="clinician-rules">
          <BlocksView blocks={adviceRulesBlocks(doc)} />
          <PrintButton />
        </article>
      )}
    </LoadState>
  );
}
