import { useTranslation } from "react-i18next";
import { contactHref } from "../contact-offer/route";
import type { Sent } from "./WriteScreen";
import { daysText, hoursText, readingTime } from "./hours-text";
import { PickupCode } from "./PickupCode";
import { SafetyNote } from "./SafetyNote";
import { UrgentNote } from "./UrgentNote";
import { serviceName } from "./service-name";
import { useScreenHeading } from "./use-screen-heading";

/** The automatic acknowledgement: the service's hours and promise; out of hours, when it will read the message. */
export function SentScreen({ sent, language }: { sent: Sent; language: string }) {
  const { t } = useTranslation("contact");
  const { t: tr } = useTranslation("results");
  const heading = useScreenHeading(t("sent.heading"));
  const { contact } = sent.service;
  const reading = readingTime(contact.hours, language);
  return (
    <div className="contact">
      <h1 ref={heading} tabIndex={-1}>
        {t("sent.heading")}
      </h1>
      {sent.urgent && <UrgentNote />}
      <div role="status">
        <p>{t("sent.to", { service: serviceName(sent.service, language, tr) })}</p>
        <p>{t("sent.hours", { hours: hoursText(contact.hours, language), zone: contact.hours.timeZone })}</p>
        <p>{t("write.promise", { days: daysText(contact.responseWorkingDays, language) })}</p>
        {!reading.open && <p>{reading.today ? t("sent.closedToday", { time: reading.time }) : t("sent.closedUntil", { day: reading.day, time: reading.time })}</p>}
      </div>
      <PickupCode code={sent.code} />
      <p>
        {t("sent.later")} <a href={contactHref({ page: "replies" })}>{t("replies.heading")}</a>
      </p>
      <SafetyNote />
    </div>
  );
}
