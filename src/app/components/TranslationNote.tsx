import { useTranslation } from "react-i18next";
import type { QuestionnaireLocale } from "../../engine";

/**
 * One honest line on the wording of the questions. "Official" wording has so far been checked only
 * against several reproductions, not the original (the provenance says so), and the line says
 * that instead of claiming more. The full source stays on the rules page for clinicians.
 */
export function TranslationNote({ text }: { text: QuestionnaireLocale }) {
  const { t } = useTranslation("results");
  const status = text.provenance.status;
  return <p className="meta translation-note">{status === "official" ? t("wording.official") : t(`translation.${status}`)}</p>;
}
