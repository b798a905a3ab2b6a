import { memo } from "react";
import { useTranslation } from "react-i18next";
import { EmergencyNumbers } from "./EmergencyNumbers";
import { ClinicianLink } from "../clinician/ClinicianLink";
import { ReadRepliesLink } from "../contact-offer/ReadRepliesLink";

/** Memoised like Header: its parts subscribe to the store themselves. */
export const Footer = memo(function Footer() {
  const { t } = useTranslation("common");
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <EmergencyNumbers headingLevel={2} />
        <p>{t("footer.privacy")}</p>
        <p>{t("footer.screening")}</p>
        <ReadRepliesLink />
        <ClinicianLink />
      </div>
    </footer>
  );
});
