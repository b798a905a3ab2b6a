import { useTranslation } from "react-i18next";
import type { QuestionnaireLocale } from "../../engine";

/** Whether the instrument text the person answered is validated, official or a draft. */
export function TranslationNote({ text }: { text: QuestionnaireLocale }) {
  const { t } = useTranslation("results");
  return (
    <section className="translation-note" aria-labelledby="translation-heading">
      <h2 id="translation-heading">{t("translation.heading")}</h2>
      <p>{t(`translation.${text.provenance.status}`)}</p>
      <p className="meta">{t("translation.source", { source: text.provenance.source })}</p>
    </section>
  );
}
