import type { Condition } from "../engine/schema/condition";
import type { ProfileField } from "../engine/schema/definition";

/** The id of the data block (`<script type="application/json">`, not run, so outside the CSP's reach). */
export const PAGE_DATA_ID = "selfcheck-page";

/**
 * What the first script of a country page needs to run the questions before the app has
 * loaded, written into the page at build time (scripts/vite/prerender.ts): the check's item
 * order and skip logic (no points: the first script never scores), the texts of this language,
 * and where the app's script is.
 */
export type FirstPageData = {
  /** The app's entry script, loaded once the page has painted. */
  app: string;
  /** The chunks the app loads for this page (its language, country and check), fetched alongside it. */
  preload: string[];
  /** "id@version" of the check on the page. */
  check: string;
  items: { id: string; showIf?: Condition; options: string[] }[];
  profile: ProfileField[];
  quickExitUrl: string;
  text: {
    intro: string;
    items: Record<string, { text: string; options: Record<string, string> }>;
    draft: boolean;
  };
  labels: {
    /** "Question {{position}} of {{total}}" */
    progress: string;
    /** The document title of a question; {{position}} and {{total}} as above. */
    questionTitle: string;
    beforeResultTitle: string;
    appName: string;
    next: string;
    seeResult: string;
    error: string;
    loading: string;
    sex: { caption: string; legend: string; why: string; options: { id: string; label: string }[] };
  };
};
