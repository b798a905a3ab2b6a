import { useTranslation } from "react-i18next";
import { useApp } from "../store/context";
import { clinicianHref } from "./route";

/**
 * The way in to the clinician pages from every screen of the self-check: the rules of the
 * questionnaire chosen (so, on a result, of the exact version that scored it), else the list.
 * The link names a questionnaire version only, never an answer.
 */
export function ClinicianLink() {
  const { t } = useTranslation("common");
  const key = useApp((state) => state.questionnaireKey);
  return (
    <p className="no-print">
      <a href={clinicianHref(key === null ? { page: "rules-index" } : { page: "rules", key })}>{t("footer.clinicians")}</a>
    </p>
  );
}
