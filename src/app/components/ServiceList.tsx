import { useTranslation } from "react-i18next";
import type { Country, ReferralTier } from "../../engine";
import { orderServices } from "../store/services";
import { pickLocalized } from "../i18n/localized";
import { ServiceItem } from "./ServiceItem";

/** The country's services, the kinds that fit the result's referral tier first. */
export function ServiceList({ country, tier, language }: { country: Country | null; tier: ReferralTier; language: string }) {
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
  const services = orderServices(country.services, tier);
  return (
    <section className="services" aria-labelledby="services-heading">
      <h2 id="services-heading">{t("services.headingCountry", { country: name })}</h2>
      {services.length === 0 ? (
        <p>{t("services.none", { country: name })}</p>
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
