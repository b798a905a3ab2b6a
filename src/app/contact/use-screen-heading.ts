import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

/** Moves focus to a new contact screen's heading and names the page after it. */
export function useScreenHeading(heading: string) {
  const { t } = useTranslation("common");
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${heading} – ${t("appName")}`;
    ref.current?.focus();
  }, [heading, t]);
  return ref;
}
