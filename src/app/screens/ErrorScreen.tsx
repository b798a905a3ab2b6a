import { useTranslation } from "react-i18next";
import type { ContentProblem } from "../content/problem";
import { textsLoaded } from "../i18n/texts-loaded";
import { useAppStore } from "../store/context";

export function ErrorScreen({ problems }: { problems: readonly ContentProblem[] }) {
  const { t, i18n } = useTranslation("common");
  const store = useAppStore();
  // The UI text itself may be what failed to load: then say it in English rather than show keys.
  const loaded = textsLoaded(i18n, "common");
  return (
    <div className="error-screen">
      <h1 id="main-heading" tabIndex={-1}>
        {loaded ? t("error.heading") : "Something went wrong"}
      </h1>
      <p>{loaded ? t("error.body") : "This self-check could not read some of its own content. This is our mistake, not yours. Please try again later."}</p>
      <details>
        <summary>{loaded ? t("error.details") : "Details for the people who run this site"}</summary>
        <ul className="error-screen__problems" lang="en" dir="ltr">
          {problems.map((problem) =>
            problem.issues.map((issue, index) => (
              <li key={`${problem.file}-${index}`}>
                <code>{problem.file}</code> <code>{issue.path}</code>: {issue.message}
              </li>
            )),
          )}
        </ul>
      </details>
      <button type="button" className="button" onClick={() => store.getState().restart()}>
        {loaded ? t("error.startAgain") : "Start again"}
      </button>
    </div>
  );
}
