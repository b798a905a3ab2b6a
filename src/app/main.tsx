import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { flushSync } from "react-dom";
import { App } from "./App";
import { fileContent } from "./content/source";
import { createI18n } from "./i18n/create-i18n";
import { reportMissingKeyOnConsole } from "./i18n/console-missing-key";
import { missingKeyReporting } from "./i18n/missing-key";
import { createAppStore } from "./store/create-store";
import { leaveTo } from "./leave";
import { landingFromPath, type Landing } from "./landing";
import { restoreFocus } from "./first/restore-focus";
import { registerServiceWorkerWhenIdle } from "./register-service-worker";
import { followHistory } from "./history/step-history";
import { forgetOnHide } from "../browser/forget-on-hide";
import { replaceOnSiteLinks } from "../browser/site-links";
import "./styles/app.css";
import "./styles/print.css";

/** A path that names no bundled country (`/zz/`) gets the chooser, never an error. */
function knownLanding(landing: Landing | null): Landing | null {
  return landing !== null && fileContent.countryCodes.includes(landing.countryCode) ? landing : null;
}

// Only the e2e build reports missing UI text keys (the e2e harness fails a test on the report);
// in any other mode the condition is false at build time and the bundler leaves the report out.
const i18n = createI18n({ missingKeys: import.meta.env.MODE === "e2e" ? missingKeyReporting(reportMissingKeyOnConsole) : null });
const store = createAppStore({
  content: fileContent,
  i18n,
  leave: leaveTo,
  preferredLanguages: navigator.languages.length > 0 ? navigator.languages : [navigator.language],
  // The e2e build is a production build that keeps its demo country (src/app/content/files.ts).
  hideDemoCountries: import.meta.env.PROD && import.meta.env.MODE !== "e2e",
  landing: knownLanding(landingFromPath(window.location.pathname)),
});

// Links to other pages of the site replace this one (issue 18.2), from the moment the app's
// script runs: the chooser's country links are in the page before the app has loaded its content.
replaceOnSiteLinks();

const root = document.getElementById("root");
if (root === null) throw new Error("index.html has no #root element");
// The page holds its first screen pre-rendered at build time (scripts/vite/prerender.ts): on a
// country page question 1, which the first script (src/first/) runs until now. It stays until
// the content has loaded; then, in one task, the first script stops and hands over, and the
// live app renders the same screen in its place, so no input falls between the two and
// nothing moves. init() runs once; App's own call is then a no-op.
// The takeover waits for a press under way to be released (src/first/presses.ts), so no tap is lost.
const takeOver = (): void => {
  const handOver = window.selfcheckFirst?.takeOver() ?? null;
  delete window.selfcheckFirst;
  if (handOver !== null) store.getState().applyHandOver(handOver);
  const reactRoot = createRoot(root);
  flushSync(() =>
    reactRoot.render(
      <StrictMode>
        <App store={store} i18n={i18n} />
      </StrictMode>,
    ),
  );
  restoreFocus(handOver?.focus ?? null);
  // The system Back moves between questions; a page left by any route forgets the answers
  // (issues 15.5 and 18.2).
  const history = followHistory(store);
  forgetOnHide(() => {
    if (store.getState().step.kind !== "left") history.moveQuietly(() => flushSync(() => store.getState().restart()));
  });
  registerServiceWorkerWhenIdle(store);
};
void store
  .getState()
  .init()
  .finally(() => {
    const first = window.selfcheckFirst;
    if (first === undefined) takeOver();
    else first.betweenPresses(takeOver);
  });
