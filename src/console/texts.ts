import { createContext, useContext } from "react";
import { ar } from "./texts/ar";
import { en, type ConsoleTexts } from "./texts/en";

/** The console's languages: English (source) and Arabic (draft). Issue 19 may add more. */
export const CONSOLE_LANGUAGES = { en, ar } as const satisfies Record<string, ConsoleTexts>;
export type ConsoleLanguage = keyof typeof CONSOLE_LANGUAGES;

export const isConsoleLanguage = (value: string): value is ConsoleLanguage => value in CONSOLE_LANGUAGES;
export const directionOf = (language: ConsoleLanguage): "ltr" | "rtl" => (language === "ar" ? "rtl" : "ltr");

export const TextsContext = createContext<{ language: ConsoleLanguage; texts: ConsoleTexts }>({ language: "en", texts: en });
export const useTexts = () => useContext(TextsContext);

/** Fills {name} placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
