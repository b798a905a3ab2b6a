import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useApp } from "../store/context";
import { currentCountry } from "../store/offers";
import { COUNTRY_NOT_LISTED } from "../store/state";
import { pickLocalized } from "../i18n/localized";
import { DateNote } from "./DateNote";

/**
 * The country's confirmed emergency numbers; when none is confirmed it says so and where to
 * look instead of guessing a number.
 */
export function EmergencyNumbers({ headingLevel }: { headingLevel: 2 | 3 }) {
  const { t } = useTranslation("common");
  const language = useApp((state) => state.language);
  const countries = useApp((state) => state.countries);
  const countryCode = useApp((state) => state.countryCode);
  const country = currentCountry({ countries, countryCode });
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = useId();

  let body;
  if (country !== null && country.emergency.length > 0) {
    body = (
      <ul className="emergency__list">
        {country.emergency.map((entry) => {
          const label = pickLocalized(entry.label, language);
          return (
            <li key={entry.number}>
              <span lang={label.lang}>{label.text}</span>{" "}
              <a className="emergency__number" href={`tel:${entry.number}`} dir="ltr">
                {t("emergency.call", { number: entry.number })}
              </a>{" "}
              <DateNote as="span" entry={entry} language={language} checkedText={(date) => t("emergency.checked", { date })} />
            </li>
          );
        })}
      </ul>
    );
  } else {
    const name = country === null ? null : pickLocalized(country.name, language).text;
    const first = name !== null ? t("emergency.noneConfirmed", { country: name }) : countryCode === COUNTRY_NOT_LISTED ? null : t("emergency.noCountry");
    body = (
      <>
        {first !== null && <p>{first}</p>}
        <p>{t("emergency.whereToLook")}</p>
      </>
    );
  }
  return (
    <section className="emergency" aria-labelledby={headingId}>
      <Heading id={headingId} className="emergency__heading">
        {t("emergency.heading")}
      </Heading>
      {body}
    </section>
  );
}
