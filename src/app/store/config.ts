/**
 * What the store knows from the start and never changes: the content's languages and checks,
 * the translation status of every instrument text (known at build time), the page the person
 * landed on, and the languages to fall back on. Kept outside the state, as zustand keeps
 * constants outside its store: components read it from the store object (useStoreConfig).
 */
import { questionnaireIdOf } from "./offers";
import { textKey } from "./state";
import { matchLanguage } from "../i18n/language-names";
import type { i18n } from "i18next";
import type { ContentSource } from "../content/source";
import type { Landing } from "../landing";
import type { TranslationStatus } from "../../engine";

export type StoreDeps = {
  content: ContentSource;
  i18n: i18n;
  /** Replaces the page so that Back cannot return (location.replace in the browser). */
  leave: (url: string) => void;
  /** navigator.languages, read once; never stored. */
  preferredLanguages: readonly string[];
  /** Production builds leave demo countries out. */
  hideDemoCountries: boolean;
  /** The country page the person landed on (from the path), or null for the chooser at `/`. */
  landing?: Landing | null;
};

export type StoreConfig = {
  /** Languages with UI text. */
  readonly uiLanguages: readonly string[];
  /** "id@version" of every questionnaire definition. */
  readonly questionnaireKeys: readonly string[];
  /** Translation status of every instrument text, by textKey; known without loading the texts. */
  readonly textStatus: Readonly<Record<string, TranslationStatus>>;
  /** The country page the person landed on, or null on the chooser. */
  readonly landing: Landing | null;
  /** English where it has UI text, else the first UI language. */
  readonly fallbackLanguage: string;
  /** The person's browser language where the app has it, else the fallback. */
  readonly firstLanguage: string;
};

export function storeConfig(content: ContentSource, preferredLanguages: readonly string[], landing: Landing | null): StoreConfig {
  const fallbackLanguage = content.uiLanguages.includes("en") ? "en" : (content.uiLanguages[0] ?? "en");
  const textStatus: Record<string, TranslationStatus> = {};
  for (const language of content.uiLanguages) {
    for (const id of new Set(content.questionnaireKeys.map(questionnaireIdOf))) {
      const status = content.instrumentTextStatus(language, id);
      if (status !== null) textStatus[textKey(language, id)] = status;
    }
  }
  return {
    uiLanguages: content.uiLanguages,
    questionnaireKeys: content.questionnaireKeys,
    textStatus,
    landing,
    fallbackLanguage,
    firstLanguage: matchLanguage(preferredLanguages, content.uiLanguages) ?? fallbackLanguage,
  };
}
