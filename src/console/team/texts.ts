import { useTexts } from "../texts";
import { workplaceAr } from "./texts-ar";
import { workplaceEn, type WorkplaceTexts } from "./texts-en";

/** The workplace's texts in the console's languages (Arabic is a draft). */
export const WORKPLACE_TEXTS: Record<string, WorkplaceTexts> = { en: workplaceEn, ar: workplaceAr };

export function useWorkplaceTexts(): { texts: WorkplaceTexts; language: string } {
  const { language } = useTexts();
  return { texts: WORKPLACE_TEXTS[language] ?? workplaceEn, language };
}
