import { useEffect, useRef, type MouseEvent, type ReactNode } from "react";
import { fileContent, type ContentSource } from "../content/source";
import { useDocumentTitle } from "../hooks/use-document-title";
import { DecodePage } from "./DecodePage";
import { DiffPage } from "./DiffPage";
import { clinicianHref, type ClinicianRoute } from "./route";
import { RulesIndexPage } from "./RulesIndexPage";
import { RulesPage } from "./RulesPage";
import { CLINICIAN_TEXT } from "./text";
import "./clinician.css";

const T = CLINICIAN_TEXT.nav;

function titleOf(route: ClinicianRoute): string {
  switch (route.page) {
    case "rules-index":
      return CLINICIAN_TEXT.index.title;
    case "rules":
      return `${route.key}: ${T.rules}`;
    case "diff":
      return CLINICIAN_TEXT.diff.title;
    case "decode":
      return CLINICIAN_TEXT.decode.title;
  }
}

/**
 * The pages for clinicians: rules, diff and decoder. Loaded lazily (its own chunk), so the
 * self-check's first load does not carry them. English only, see text.ts.
 */
export default function ClinicianPages({
  route,
  content = fileContent,
  quickExit,
}: {
  route: ClinicianRoute;
  content?: ContentSource;
  /** The self-check's quick-exit control, in the person's language: a person may open these pages from their result. */
  quickExit?: ReactNode;
}) {
  const main = useRef<HTMLElement>(null);
  useDocumentTitle(`${titleOf(route)} – Selfcheck`);
  // A new page moves focus to its start, as the self-check's steps do.
  const rulesKey = route.page === "rules" ? route.key : "";
  useEffect(() => main.current?.focus(), [route.page, rulesKey]);
  const skipToMain = (event: MouseEvent) => {
    event.preventDefault();
    main.current?.focus();
  };
  const current = (page: ClinicianRoute["page"]) => (route.page === page || (page === "rules-index" && route.page === "rules") ? "page" : undefined);
  return (
    <div lang="en" dir="ltr" className="clinician">
      {/* Not a plain #id link: any hash that is not a route would leave these pages. */}
      <a className="skip-link" href="#clinician-main" onClick={skipToMain}>
        {T.skip}
      </a>
      <header className="site-header no-print">
        <div className="site-header__inner">
          <nav className="clinician-nav" aria-label={T.label}>
            <a href={clinicianHref({ page: "rules-index" })} aria-current={current("rules-index")}>
              {T.rules}
            </a>
            <a href={clinicianHref({ page: "diff", from: null, to: null })} aria-current={current("diff")}>
              {T.diff}
            </a>
            <a href={clinicianHref({ page: "decode" })} aria-current={current("decode")}>
              {T.decode}
            </a>
            <a href="#">{T.back}</a>
          </nav>
          {quickExit}
        </div>
      </header>
      <main id="clinician-main" className="main clinician-main" tabIndex={-1} ref={main}>
        {route.page === "rules-index" ? <RulesIndexPage content={content} /> : null}
        {route.page === "rules" ? <RulesPage questionnaireKey={route.key} content={content} /> : null}
        {route.page === "diff" ? <DiffPage from={route.from} to={route.to} content={content} /> : null}
        {route.page === "decode" ? <DecodePage content={content} /> : null}
      </main>
    </div>
  );
}
