import { useTranslation } from "react-i18next";
import type { QuestionnaireLocale } from "../../engine";

/**
 * The source behind the instrument text, as the reader may see it. provenance.source is a note
 * for the project, written in English ("Selfcheck draft translation … not validated"): on a page
 * in another language it would be an English line, and for a draft it says no more than the
 * sentence above it. There a validated translation shows its citation (a reference, not a
 * sentence to translate) and other texts show no source line.
 */
function shownSource(text: QuestionnaireLocale): string | undefined {
  if (text.language === "en") return text.provenance.source;
  return text.provenance.citation?.text;
}

/** Whether the instrument text the person answered is validated, official or a draft. */
export function TranslationNote({ text }: { text: QuestionnaireLocale }) {
  const { t } = useTranslation("results");
  const source = shownSource(text);
  return (
    <section className="translation-note" aria-labelledby="translation-heading">
      <h2 id="translation-heading">{t("translation.heading")}</h2>
      <p>{t(`translation.${text.provenance.status}`)}</p>
      {source !== undefined && <p className="meta">{t("translation.source", { source })}</p>}
    </section>
  );
}
