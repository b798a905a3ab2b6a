import { useState } from "react";
import { useTranslation } from "react-i18next";
import { COUNTRY_NOT_LISTED } from "../store/state";
import { downloadFile } from "./download";
import { daysAfter, reminderIcs } from "./ics";

/** Four weeks: the research notes advise a re-test in 4–8 weeks, as effects fade after about 3 months. */
export const REMINDER_DAYS = 28;

function randomId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** The country page to come back to, on this same origin: /<cc>/<lang>/, or the chooser. */
export function countryPageUrl(origin: string, countryCode: string | null, language: string): string {
  if (countryCode === null || countryCode === COUNTRY_NOT_LISTED) return `${origin}/`;
  return `${origin}/${countryCode.toLowerCase()}/${language}/`;
}

/** "Add a reminder": a calendar file made here, with a neutral title; nothing is sent. */
export function ReminderSection({ countryCode, language }: { countryCode: string | null; language: string }) {
  const { t } = useTranslation("intervention");
  const [done, setDone] = useState(false);
  const add = () => {
    const now = new Date();
    const ics = reminderIcs({
      uid: `${randomId()}@${window.location.host || "selfcheck"}`,
      stamp: now,
      date: daysAfter(now, REMINDER_DAYS),
      title: t("reminder.eventTitle"),
      description: t("reminder.eventDescription"),
      url: countryPageUrl(window.location.origin, countryCode, language),
    });
    downloadFile("check-in.ics", "text/calendar", ics);
    setDone(true);
  };
  return (
    <section className="brief-reminder no-print" aria-labelledby="brief-reminder-heading">
      <h2 id="brief-reminder-heading">{t("reminder.heading")}</h2>
      <p>{t("reminder.body")}</p>
      <button type="button" className="button button--secondary" onClick={add}>
        {t("reminder.button")}
      </button>
      <p className="brief-status" role="status">
        {done ? t("reminder.done") : ""}
      </p>
    </section>
  );
}
