import { useTranslation } from "react-i18next";
import { formatDate } from "../i18n/localized";

type Dated = { sourceDate?: string | undefined; checked?: string | undefined; sourceKind: "official" | "secondary" };

/**
 * When the country team confirmed an emergency number or a service; until then, a fact from a
 * secondary source says so plainly with the date its source shows (if any), and a fact from an
 * official source shows no doubt. A source's own date is never presented as a check.
 */
export function DateNote({ entry, language, checkedText, as: Element = "p" }: { entry: Dated; language: string; checkedText: (date: string) => string; as?: "p" | "span" }) {
  const { t } = useTranslation("common");
  let text: string;
  if (entry.checked === undefined && entry.sourceKind === "official") return null;
  if (entry.checked !== undefined) text = checkedText(formatDate(entry.checked, language));
  else if (entry.sourceDate !== undefined) text = t("dates.notConfirmedSourceDated", { date: formatDate(entry.sourceDate, language) });
  else text = t("dates.notConfirmedSourceUndated");
  return <Element className="meta">{text}</Element>;
}
