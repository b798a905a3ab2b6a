import { useDeferredValue, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useApp } from "../store/context";
import { currentCountry } from "../store/offers";
import { highestTier, substanceOfCheck } from "../store/services";
import { textKey } from "../store/state";
import { resultCodeView, scoreViews } from "../store/views";
import { languageName } from "../i18n/language-names";
import { BandAdvice, BandFeedback } from "../components/BandFeedback";
import { EmergencyNumbers } from "../components/EmergencyNumbers";
import { HistoryAdvice } from "../components/HistoryAdvice";
import { ResultActions } from "../components/ResultActions";
import { ResultCode } from "../components/ResultCode";
import { ScoreSummary } from "../components/ScoreSummary";
import { ServiceList } from "../components/ServiceList";
import { TextUnavailable } from "../components/TextUnavailable";
import { TranslationNote } from "../components/TranslationNote";
import { useAppStore } from "../store/context";
import { LazyBrief } from "../brief/LazyBrief";
import { ContactOffer } from "../contact-offer/ContactOffer";
import { contactServices } from "../contact-offer/contact-services";

/** Renders the engine's result: nothing here decides a score or a band. */
export function ResultScreen() {
  const { t } = useTranslation("results");
  const store = useAppStore();
  const definition = useApp((state) => state.definition);
  const profile = useApp((state) => state.profile);
  const result = useApp((state) => state.result);
  const answers = useApp((state) => state.answers);
  const language = useApp((state) => state.language);
  const countries = useApp((state) => state.countries);
  const countryCode = useApp((state) => state.countryCode);
  const text = useApp((state) => (state.definition === null ? undefined : state.texts[textKey(state.language, state.definition.id)]));
  // The result itself (band, score, scale, what it means, what you can do) is painted first; the
  // sections below it follow in a second, lower-priority render. On a slow phone that keeps the
  // time from the last answer to the painted result short (npm run bench), and nothing above
  // moves when they arrive.
  const showFollowingSections = useDeferredValue(true, false);
  const resultCode = useMemo(
    () => (showFollowingSections && definition !== null && result !== null ? resultCodeView(definition, answers, profile) : null),
    [showFollowingSections, definition, result, answers, profile],
  );
  if (definition === null || result === null) return null;
  if (text?.state !== "ready") return <TextUnavailable language={languageName(language, language)} onBack={() => store.getState().back()} />;

  const views = scoreViews(definition, profile, result);
  const primary = views[0];
  const country = currentCountry({ countries, countryCode });
  return (
    <div className="result">
      <p className="caption">{text.text.title}</p>
      <h1 id="main-heading" tabIndex={-1}>
        {t("heading")}
      </h1>
      {views.map((view) => (
        <ScoreSummary key={view.outcome.id} view={view} text={text.text} language={language} />
      ))}
      {primary !== undefined && <BandFeedback result={result} text={text.text} feedback={primary.outcome.band.feedback} />}
      {/* Right after the band: who to call, then the one emergency box (the footer leaves it out here). */}
      <ServiceList country={country} tier={highestTier(result.scores.map((score) => score.referralTier))} substance={substanceOfCheck(definition.id)} language={language} />
      <EmergencyNumbers headingLevel={2} />
      {showFollowingSections && (
        <ContactOffer services={contactServices(country, highestTier(result.scores.map((score) => score.referralTier)), substanceOfCheck(definition.id))} language={language} />
      )}
      {primary !== undefined && (
        <BandAdvice text={text.text} feedback={primary.outcome.band.feedback}>
          {showFollowingSections && <LazyBrief />}
        </BandAdvice>
      )}
      {showFollowingSections && (
        <>
          <TranslationNote text={text.text} />
          {resultCode !== null && <ResultCode code={resultCode} />}
          <ResultActions />
          <HistoryAdvice />
        </>
      )}
    </div>
  );
}
