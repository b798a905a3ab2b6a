import { useTranslation } from "react-i18next";
import { formatDate } from "../i18n/localized";

type Dated = { sourceDate?: string | undefined; checked?: string | undefined };

/**
 * When an emergency number or a service was last confirmed at its source; or, until someone has
 * confirmed it, says so plainly with the date its source shows (if any). A source's own date is
 * never presented as a check.
 */
export function DateNote({ entry, language, checkedText, as: Element = "p" }: { entry: Dated; language: string; checkedText: (date: string) => string; as?: "p" | "span" }) {
  const { t } = useTranslation("common");
  let text: string;
  if (entry.checked !== undefined) text = checkedText(formatDate(entry.checked, language));
  else if (entry.sourceDate !== undefined) text = t("dates.notConfirmedSourceDated", { date: formatDate(entry.sourceDate, language) });
  else text = t("dates.notConfirmedSourceUndated");
  return <Element className="meta">{text}</Element>;
}
