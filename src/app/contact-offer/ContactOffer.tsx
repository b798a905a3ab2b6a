import { useTranslation } from "react-i18next";
import { pickLocalized } from "../i18n/localized";
import type { ContactService } from "./contact-services";
import { contactHref } from "./route";

/**
 * "Write to a counsellor" for each service that offers contact. Only this button and its few
 * words are in the first bundle: the tap changes the hash, and only then is the contact chunk
 * fetched (ContactFrame). Nothing is sent and nothing is stored before that.
 */
export function ContactOffer({ services, language }: { services: readonly ContactService[]; language: string }) {
  const { t } = useTranslation("results");
  if (services.length === 0) return null;
  return (
    <section className="contact-offer no-print" aria-labelledby="contact-offer-heading">
      <h2 id="contact-offer-heading">{t("contactOffer.heading")}</h2>
      <p>{t("contactOffer.intro")}</p>
      <ul className="contact-offer__list">
        {services.map((service) => {
          const name = service.name === null ? null : pickLocalized(service.name, language);
          return (
            <li key={service.id}>
              <p id={`contact-offer-${service.id}`} lang={name?.lang}>
                {name === null ? t("contactOffer.demoName") : name.text}
              </p>
              <button type="button" className="button" aria-describedby={`contact-offer-${service.id}`} onClick={() => (window.location.hash = contactHref({ page: "write", serviceId: service.id }))}>
                {t("contactOffer.button")}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
