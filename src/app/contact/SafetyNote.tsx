import { useTranslation } from "react-i18next";
import { EmergencyNumbers } from "../components/EmergencyNumbers";

/** On every contact screen: the emergency numbers, and that this channel cannot send help. */
export function SafetyNote() {
  const { t } = useTranslation("contact");
  return (
    <div className="contact-safety">
      <p className="contact-safety__cannot">
        <strong>{t("safety.cannotLocate")}</strong>
      </p>
      <EmergencyNumbers headingLevel={2} />
    </div>
  );
}
