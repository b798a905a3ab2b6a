import { useApp, useStoreConfig } from "../store/context";
import { offeredLanguages } from "../store/offers";

/** The language shown and the languages the person can switch to (the country's, or every UI language). */
export function useOfferedLanguages(): { language: string; languages: string[]; countryCode: string | null } {
  const language = useApp((state) => state.language);
  const countries = useApp((state) => state.countries);
  const countryCode = useApp((state) => state.countryCode);
  const { uiLanguages } = useStoreConfig();
  return { language, languages: offeredLanguages({ countries, countryCode }, uiLanguages), countryCode };
}
