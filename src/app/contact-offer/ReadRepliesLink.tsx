import { useTranslation } from "react-i18next";
import { useApp } from "../store/context";
import { COUNTRY_NOT_LISTED } from "../store/state";
import { contactHref } from "./route";

/** "Read replies" on every country page: a plain link to a hash route, so nothing loads before it is followed. */
export function ReadRepliesLink() {
  const { t } = useTranslation("common");
  const countryCode = useApp((state) => state.countryCode);
  if (countryCode === null || countryCode === COUNTRY_NOT_LISTED) return null;
  return (
    <p className="no-print">
      <a href={contactHref({ page: "replies" })}>{t("footer.readReplies")}</a>
    </p>
  );
}
