import { useTranslation } from "react-i18next";
import type { Country } from "../../engine";
import { pickLocalized } from "../i18n/localized";
import { contactServices } from "./contact-services";
import { contactHref } from "./route";

/**
 * The help page's way to the contact channel (issue 17 item 1), for src/app/help/HelpScreen.tsx
 * (branch i15-referral) to render: `<HelpContactLinks country={country} language={language} />`.
 * Plain links, so the pre-rendered page needs no script and fetches nothing of the contact until
 * one is followed: they open the country page at its contact route, where the app loads the chunk.
 */
export function HelpContactLinks({ country, language, countryPath }: { country: Country; language: string; countryPath: string }) {
  const { t } = useTranslation("results");
  const { t: tc } = useTranslation("common");
  const services = contactServices(country, "counselling");
  const readReplies = (
    <p>
      <a href={`${countryPath}${contactHref({ page: "replies" })}`}>{tc("footer.readReplies")}</a>
    </p>
  );
  if (services.length === 0) return readReplies;
  return (
    <section className="contact-offer" aria-labelledby="help-contact-heading">
      <h2 id="help-contact-heading">{t("contactOffer.heading")}</h2>
      <p>{t("contactOffer.intro")}</p>
      <ul className="contact-offer__list">
        {services.map((service) => {
          const name = service.name === null ? null : pickLocalized(service.name, language);
          return (
            <li key={service.id}>
              <span lang={name?.lang}>{name === null ? t("contactOffer.demoName") : name.text}</span>{" "}
              <a href={`${countryPath}${contactHref({ page: "write", serviceId: service.id })}`}>{t("contactOffer.button")}</a>
            </li>
          );
        })}
      </ul>
      {readReplies}
    </section>
  );
}
