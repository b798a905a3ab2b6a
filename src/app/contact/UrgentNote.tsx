import { useTranslation } from "react-i18next";
import { useApp } from "../store/context";
import { currentCountry } from "../store/offers";

/** Shown at once when "I need help now" is ticked (or the result is in the highest band): call now. */
export function UrgentNote() {
  const { t } = useTranslation("contact");
  const countries = useApp((state) => state.countries);
  const countryCode = useApp((state) => state.countryCode);
  const numbers = currentCountry({ countries, countryCode })?.emergency ?? [];
  return (
    <div className="contact-urgent" role="alert">
      <p>
        <strong>{t("urgent.now")}</strong>
      </p>
      {numbers.length > 0 && (
        <p>
          {numbers.map((entry, index) => (
            <span key={entry.number}>
              {index > 0 && " · "}
              <a className="emergency__number" href={`tel:${entry.number}`} dir="ltr">
                {entry.number}
              </a>
            </span>
          ))}
        </p>
      )}
      <p>{t("urgent.stillWrite")}</p>
    </div>
  );
}
