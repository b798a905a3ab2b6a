import { useTranslation } from "react-i18next";
import type { Country, ReferralTier, Substance } from "../../engine";
import { orderServices } from "../store/services";
import { pickLocalized } from "../i18n/localized";
import { ServiceItem } from "./ServiceItem";

/**
 * The country's services, those that fit the check and the result's tier first. Where none is
 * listed it says so, and points to the emergency number and the help page, never to a list
 * that is not there.
 */
export function ServiceList({ country, tier, substance, language }: { country: Country | null; tier: ReferralTier; substance: Substance | null; language: string }) {
  const { t } = useTranslation("results");
  if (country === null) {
    return (
      <section className="services" aria-labelledby="services-heading">
        <h2 id="services-heading">{t("services.heading")}</h2>
        <p>{t("services.notListed")}</p>
      </section>
    );
  }
  const name = pickLocalized(country.name, language).text;
  const services = orderServices(country.services, tier, substance);
  return (
    <section className="services" aria-labelledby="services-heading">
      <h2 id="services-heading">{t("services.headingCountry", { country: name })}</h2>
      {services.length === 0 ? (
        <p>{t("services.noneYet", { country: name })}</p>
      ) : (
        <>
          <p>{t("services.intro")}</p>
          <ul className="services__list">
            {services.map((service) => (
              <ServiceItem key={service.id} service={service} language={language} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
