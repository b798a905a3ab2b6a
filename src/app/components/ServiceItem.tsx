import { useTranslation } from "react-i18next";
import type { Service } from "../../engine";
import { pickLocalized } from "../i18n/localized";
import { DateNote } from "./DateNote";
import { languageName } from "../i18n/language-names";

// Full keys in the results namespace: the typecheck knows them (src/app/i18n/i18next.d.ts).
const ACCESS_KEYS = [
  ["free", "services.access.free", "services.access.notFree"],
  ["anonymous", "services.access.anonymous", "services.access.notAnonymous"],
  ["noReferralNeeded", "services.access.noReferralNeeded", "services.access.referralNeeded"],
] as const;

export function ServiceItem({ service, language }: { service: Service; language: string }) {
  const { t } = useTranslation("results");
  const name = pickLocalized(service.name, language);
  const hours = service.hours === undefined ? null : pickLocalized(service.hours, language);
  const access = ACCESS_KEYS.flatMap(([field, yes, no]) => {
    const value = service.access?.[field];
    return value === undefined ? [] : [t(value ? yes : no)];
  });
  return (
    <li className="service">
      <h3 className="service__name" lang={name.lang}>
        {name.text}
      </h3>
      <p className="service__kind">{t(`services.kind.${service.kind}`)}</p>
      <dl className="service__facts">
        {service.phone !== undefined && (
          <>
            <dt>{t("services.phone")}</dt>
            <dd>
              <a href={`tel:${service.phone}`} dir="ltr">
                {service.phone}
              </a>
            </dd>
          </>
        )}
        {service.url !== undefined && (
          <>
            <dt>{t("services.website")}</dt>
            <dd>
              <a href={service.url} target="_blank" rel="noopener noreferrer" dir="ltr">
                {service.url.replace(/^https?:\/\//, "").replace(/\/$/, "")}
              </a>{" "}
              <span className="meta">{t("services.newTab")}</span>
            </dd>
          </>
        )}
        {hours !== null && (
          <>
            <dt>{t("services.hours")}</dt>
            <dd lang={hours.lang}>{hours.text}</dd>
          </>
        )}
        {service.region !== undefined && (
          <>
            <dt>{t("services.region")}</dt>
            <dd>{service.region}</dd>
          </>
        )}
        {service.languages !== undefined && service.languages.length > 0 && (
          <>
            <dt>{t("services.languages")}</dt>
            <dd>{service.languages.map((code) => languageName(code, language)).join(", ")}</dd>
          </>
        )}
      </dl>
      {access.length > 0 && (
        <ul className="service__access">
          {access.map((label) => (
            <li key={label}>{label}</li>
          ))}
        </ul>
      )}
      <DateNote entry={service} language={language} checkedText={(date) => t("services.checked", { date })} />
    </li>
  );
}
