import { memo } from "react";
import { useTranslation } from "react-i18next";
import { EmergencyNumbers } from "./EmergencyNumbers";
import { HelpLinks } from "./HelpLinks";
import { ClinicianLink } from "../clinician/ClinicianLink";
import { ReadRepliesLink } from "../contact-offer/ReadRepliesLink";
import { useApp } from "../store/context";

/**
 * Memoised like Header: its parts subscribe to the store themselves. The result shows the
 * emergency box in its own flow, right after the services, so the footer leaves it out there.
 */
export const Footer = memo(function Footer() {
  const { t } = useTranslation("common");
  const onResult = useApp((state) => state.step.kind === "result");
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        {!onResult && <EmergencyNumbers headingLevel={2} />}
        <HelpLinks />
        <p>{t("footer.privacy")}</p>
        <p>{t("footer.screening")}</p>
        <ReadRepliesLink />
        <ClinicianLink />
      </div>
    </footer>
  );
});
