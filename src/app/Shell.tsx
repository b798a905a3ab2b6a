import { lazy, Suspense, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useApp, useAppStore } from "./store/context";
import type { Step } from "./store/state";
import { questionView } from "./store/views";
import { documentTitle } from "../wizard/screen";
import { directionOf, setDocumentLanguage } from "./i18n/document-language";
import { textsLoaded } from "./i18n/texts-loaded";
import { useDocumentTitle } from "./hooks/use-document-title";
import { useQuickExitKey } from "./hooks/use-quick-exit-key";
import { useStepFocus } from "./hooks/use-step-focus";
import { Header } from "./components/Header";
import { Footer } from "./components/Footer";
import { QuickExitButton } from "./components/QuickExitButton";
import { ChooserScreen } from "./screens/ChooserScreen";
import { StartScreen } from "./screens/StartScreen";
import { ProfileScreen } from "./screens/ProfileScreen";
import { QuestionScreen } from "./screens/QuestionScreen";
import { ResultScreen } from "./screens/ResultScreen";
import { ErrorScreen } from "./screens/ErrorScreen";
import { useClinicianRoute } from "./clinician/use-clinician-route";
import { useContactRoute } from "./contact-offer/use-contact-route";
import { ContactFrame } from "./contact-offer/ContactFrame";

// The clinician pages (rules, diff, decoder) are a separate chunk, fetched only when opened.
const ClinicianPages = lazy(() => import("./clinician/ClinicianPages"));

const TITLE_KEYS = {
  loading: null,
  left: null,
  chooser: "title.start",
  start: "title.checks",
  question: "title.question",
  profile: "title.beforeResult",
  result: "title.result",
  error: "title.error",
} as const satisfies Record<Step["kind"], string | null>;

const stepKeyOf = (step: Step): string => (step.kind === "question" ? `question:${step.itemId}` : step.kind);

/** Page frame and the screen for the current step. */
export function Shell() {
  const { t, i18n } = useTranslation("common");
  const store = useAppStore();
  const step = useApp((state) => state.step);
  const language = useApp((state) => state.language);
  const definition = useApp((state) => state.definition);
  const answers = useApp((state) => state.answers);
  useQuickExitKey(store);
  useStepFocus(stepKeyOf(step));
  useEffect(() => setDocumentLanguage(language), [language]);
  const clinicianRoute = useClinicianRoute();
  const contactRoute = useContactRoute();

  const position = step.kind === "question" && definition !== null ? questionView(definition, answers, step.itemId) : null;
  const titleKey = TITLE_KEYS[step.kind];
  const loaded = textsLoaded(i18n, "common");
  const wizardTitle = titleKey === null || !loaded ? "Selfcheck" : documentTitle(t(titleKey, { position: position?.position, total: position?.total }), t("appName"));
  // The clinician pages set their own title; the wizard's must not overwrite it when its step changes.
  // So do the contact screens.
  useDocumentTitle(clinicianRoute === null && contactRoute === null ? wizardTitle : null);

  if (step.kind === "left") return null;
  if (clinicianRoute !== null) {
    return (
      <Suspense fallback={<p className="loading">{loaded ? t("loading") : ""}</p>}>
        <ClinicianPages
          route={clinicianRoute}
          quickExit={
            <div lang={language} dir={directionOf(language)}>
              <QuickExitButton />
            </div>
          }
        />
      </Suspense>
    );
  }
  if (step.kind === "loading") {
    return (
      <main id="main" className="main">
        <p className="loading">{loaded ? t("loading") : ""}</p>
      </main>
    );
  }
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skipLink")}
      </a>
      <Header />
      <main id="main" className="main" tabIndex={-1}>
        {contactRoute !== null && step.kind !== "error" && <ContactFrame route={contactRoute} />}
        {contactRoute === null && step.kind === "chooser" && <ChooserScreen />}
        {contactRoute === null && step.kind === "start" && <StartScreen />}
        {contactRoute === null && step.kind === "profile" && <ProfileScreen />}
        {contactRoute === null && step.kind === "question" && <QuestionScreen key={step.itemId} itemId={step.itemId} />}
        {contactRoute === null && step.kind === "result" && <ResultScreen />}
        {step.kind === "error" && <ErrorScreen problems={step.problems} />}
      </main>
      <Footer />
    </>
  );
}
