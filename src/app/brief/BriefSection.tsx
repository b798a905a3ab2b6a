/**
 * After the result, optional and on this device only: a menu of options (FRAMES), questions
 * about use that choose sourced advice, a plan to print or save, a calendar reminder, and a
 * comparison with an earlier result code. One lazy chunk (see LazyBrief.tsx).
 */
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApp, useAppStore } from "../store/context";
import { currentCountry } from "../store/offers";
import { highestTier } from "../store/services";
import { textKey } from "../store/state";
import { AboutYourUseForm } from "./AboutYourUseForm";
import { AdviceList } from "./AdviceList";
import { clearWhenResultLeaves, createBriefStore } from "./brief-store";
import { CompareSection } from "./CompareSection";
import { loadBriefContent, loadBriefText, type BriefContent } from "./content";
import { BriefContext } from "./context";
import { FramesMenu } from "./FramesMenu";
import { PlanSection } from "./PlanSection";
import { ReminderSection } from "./ReminderSection";
import "./brief.css";

export default function BriefSection() {
  const { i18n } = useTranslation();
  const appStore = useAppStore();
  const language = useApp((state) => state.language);
  const definition = useApp((state) => state.definition);
  const result = useApp((state) => state.result);
  const countries = useApp((state) => state.countries);
  const countryCode = useApp((state) => state.countryCode);
  const text = useApp((state) => (state.definition === null ? undefined : state.texts[textKey(state.language, state.definition.id)]));
  const [store] = useState(createBriefStore);
  const [loaded, setLoaded] = useState<{ content: BriefContent; language: string } | null>(null);
  const adviceHeading = useRef<HTMLHeadingElement>(null);
  const [focusAdvice, setFocusAdvice] = useState(0);

  useEffect(() => clearWhenResultLeaves(store, appStore), [store, appStore]);
  useEffect(() => {
    let current = true;
    void Promise.all([loadBriefContent(), loadBriefText(i18n, language)])
      .then(([content]) => {
        if (current) setLoaded({ content, language });
      })
      // Without its data the section is left out; the result above it stands on its own.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [i18n, language]);
  useEffect(() => {
    if (focusAdvice > 0) adviceHeading.current?.focus();
  }, [focusAdvice]);

  if (loaded === null || loaded.language !== language || definition === null || result === null || text?.state !== "ready") return null;
  const country = currentCountry({ countries, countryCode });
  return (
    <BriefContext.Provider value={{ store, content: loaded.content }}>
      <div className="brief">
        <FramesMenu tier={highestTier(result.scores.map((outcome) => outcome.referralTier))} hasServices={(country?.services.length ?? 0) > 0} />
        <AboutYourUseForm onShown={() => setFocusAdvice((count) => count + 1)} />
        <AdviceList ref={adviceHeading} country={country} language={language} />
        <PlanSection country={country} language={language} />
        <ReminderSection countryCode={countryCode} language={language} />
        <CompareSection definition={definition} result={result} text={text.text} language={language} />
      </div>
    </BriefContext.Provider>
  );
}
