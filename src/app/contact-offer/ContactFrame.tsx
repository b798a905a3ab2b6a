import { lazy, Suspense, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useApp } from "../store/context";
import { currentCountry } from "../store/offers";
import { contactServices } from "./contact-services";
import { resultSummary, resultTier } from "./result-summary";
import type { ContactRoute } from "./route";

// The contact screens, the protocol (HPKE over WebCrypto) and their texts: one lazy chunk,
// fetched when a contact route is first opened (a tap on "Write to a counsellor" or "Read
// replies"), never before, and never precached by the service worker.
const ContactPages = lazy(() => import("../contact/ContactPages"));

/** Gathers from the store what the contact screens need and renders them in the page frame. */
export function ContactFrame({ route }: { route: ContactRoute }) {
  const { t } = useTranslation("common");
  const countries = useApp((state) => state.countries);
  const countryCode = useApp((state) => state.countryCode);
  const language = useApp((state) => state.language);
  const definition = useApp((state) => state.definition);
  const answers = useApp((state) => state.answers);
  const profile = useApp((state) => state.profile);
  const result = useApp((state) => state.result);
  const country = currentCountry({ countries, countryCode });
  const summary = useMemo(() => resultSummary(definition, answers, profile, result), [definition, answers, profile, result]);
  const services = useMemo(() => contactServices(country, resultTier(result)), [country, result]);
  return (
    <Suspense fallback={<p className="loading">{t("loading")}</p>}>
      <ContactPages route={route} services={services} language={language} result={summary} />
    </Suspense>
  );
}
