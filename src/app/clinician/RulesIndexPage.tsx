import { aboutYourUseKeys } from "../brief/content";
import type { ContentSource } from "../content/source";
import { clinicianHref } from "./route";
import { CLINICIAN_TEXT } from "./text";

export function RulesIndexPage({ content }: { content: ContentSource }) {
  return (
    <>
      <h1>{CLINICIAN_TEXT.index.title}</h1>
      <p className="lead">{CLINICIAN_TEXT.index.lead}</p>
      <ul>
        {content.questionnaireKeys.map((key) => (
          <li key={key}>
            <a href={clinicianHref({ page: "rules", key })}>{key}</a>
          </li>
        ))}
      </ul>
      <h2>{CLINICIAN_TEXT.index.aboutYourUse}</h2>
      <ul>
        {aboutYourUseKeys.map((key) => (
          <li key={key}>
            <a href={clinicianHref({ page: "rules", key })}>{key}</a>
          </li>
        ))}
      </ul>
      <p className="hint">{CLINICIAN_TEXT.index.printHint}</p>
    </>
  );
}
