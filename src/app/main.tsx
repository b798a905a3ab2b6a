import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { fileContent } from "./content/source";
import { createI18n } from "./i18n/create-i18n";
import { reportMissingKeyOnConsole } from "./i18n/console-missing-key";
import { missingKeyReporting } from "./i18n/missing-key";
import { createAppStore } from "./store/create-store";
import { leaveTo } from "./leave";
import { registerServiceWorker } from "./register-service-worker";
import "./styles/app.css";
import "./styles/print.css";

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
});

const root = document.getElementById("root");
if (root === null) throw new Error("index.html has no #root element");
// index.html holds the start screen pre-rendered at build time (scripts/vite/prerender.ts) with
// its controls disabled. It stays until the content has loaded, then the live app replaces it,
// so no loading state flashes over it. init() runs once; App's own call is then a no-op.
void store
  .getState()
  .init()
  .finally(() =>
    createRoot(root).render(
      <StrictMode>
        <App store={store} i18n={i18n} />
      </StrictMode>,
    ),
  );
registerServiceWorker();
