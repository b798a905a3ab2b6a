import { useTranslation } from "react-i18next";
import type { SidePage } from "../landing";
import { countryPagePath } from "../landing";
import { useApp } from "../store/context";
import { currentCountry } from "../store/offers";
import { orderServices, servicesForRelatives } from "../store/services";
import { pickLocalized } from "../i18n/localized";
import { EmergencyNumbers } from "../components/EmergencyNumbers";
import { ServiceItem } from "../components/ServiceItem";

/**
 * A country's help page (`/<cc>/<lang>/help/`: emergency numbers, then every service, phone
 * numbers first) or its page for someone worried about another person (`…/others/`: the
 * services whose source says they help relatives). Written at build time as plain HTML that
 * needs no script; nothing on it is invented: where the data has nothing, it says so.
 */
export function HelpScreen({ page }: { page: SidePage }) {
  const { t } = useTranslation("common");
  // The side pages' own texts live in the intervention namespace, which the app loads only with
  // the brief intervention: the first visit's common texts stay as small as they were.
  const { t: side } = useTranslation("intervention");
  const language = useApp((state) => state.language);
  const country = useApp((state) => currentCountry(state));
  if (country === null) return null;
  const name = pickLocalized(country.name, language).text;
  const all = orderServices(country.services, "counselling");
  // Services reachable by phone come first: on a help page, a number to tap is what most people need.
  const listed = (page === "help" ? all : servicesForRelatives(all)).sort((a, b) => Number(a.phone === undefined) - Number(b.phone === undefined));
  return (
    <div className="help-page">
      <h1 id="main-heading">{page === "help" ? side("sidePages.helpTitle", { country: name }) : side("sidePages.othersTitle")}</h1>
      <p className="lead">{page === "help" ? side("sidePages.helpIntro") : side("sidePages.noGuidance")}</p>
      <EmergencyNumbers headingLevel={2} />
      <section className="services" aria-labelledby="help-services-heading">
        <h2 id="help-services-heading">{side("sidePages.services")}</h2>
        {listed.length === 0 ? (
          <p>{page === "help" ? side("sidePages.noService", { country: name }) : side("sidePages.none", { country: name })}</p>
        ) : (
          <>
            {page === "others" && <p>{side("sidePages.othersIntro", { country: name })}</p>}
            <ul className="services__list">
              {listed.map((service) => (
                <ServiceItem key={service.id} service={service} language={language} />
              ))}
            </ul>
          </>
        )}
      </section>
      <ul className="help-links">
        {page === "help" ? (
          <li>
            <a href={`${countryPagePath(country.code, language)}others/`}>{t("others.link")}</a>
          </li>
        ) : (
          <li>
            <a href={`${countryPagePath(country.code, language)}help/`}>{t("help.link")}</a>
          </li>
        )}
        <li>
          <a href={countryPagePath(country.code, language)}>{side("sidePages.backToCheck")}</a>
        </li>
      </ul>
    </div>
  );
}
