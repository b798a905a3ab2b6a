import { useTranslation } from "react-i18next";
import type { ContentProblem } from "../content/problem";
import { useAppStore } from "../store/context";

export function ErrorScreen({ problems }: { problems: readonly ContentProblem[] }) {
  const { t, ready } = useTranslation("common");
  const store = useAppStore();
  // The UI text itself may be what failed to load: then say it in English rather than show keys.
  const say = (key: string, english: string) => (ready && t(key) !== key ? t(key) : english);
  return (
    <div className="error-screen">
      <h1 id="main-heading" tabIndex={-1}>
        {say("error.heading", "Something went wrong")}
      </h1>
      <p>{say("error.body", "This self-check could not read some of its own content. This is our mistake, not yours. Please try again later.")}</p>
      <details>
        <summary>{say("error.details", "Details for the people who run this site")}</summary>
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
        {say("error.startAgain", "Start again")}
      </button>
    </div>
  );
}
