import { serviceClock, WEEKDAYS, type ContactBlock, type Weekday } from "../../engine";

// 2024-01-01 was a Monday: a fixed reference week for naming weekdays in any language.
const weekdayDate = (day: Weekday) => new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day), 12));

export function weekdayName(day: Weekday, language: string): string {
  return new Intl.DateTimeFormat(language, { weekday: "long", timeZone: "UTC" }).format(weekdayDate(day));
}

/** "Monday, Tuesday … 09:00–17:00" per opening, in the person's language. */
export function hoursText(hours: ContactBlock["hours"], language: string): string {
  const list = new Intl.ListFormat(language, { type: "conjunction" });
  return hours.open.map((opening) => `${list.format(opening.days.map((day) => weekdayName(day, language)))} ${opening.opens}–${opening.closes}`).join("; ");
}

/** "2 days" with the language's own plural, for "an answer within … (working days)". */
export function daysText(days: number, language: string): string {
  return new Intl.NumberFormat(language, { style: "unit", unit: "day", unitDisplay: "long" }).format(days);
}

export type ReadingTime = { open: true } | { open: false; today: boolean; day: string; time: string };

/** Whether the service reads messages now and, if not, when it next does (in its own time). */
export function readingTime(hours: ContactBlock["hours"], language: string, now: Date = new Date()): ReadingTime {
  const clock = serviceClock(hours, now);
  return clock.open ? { open: true } : { open: false, today: clock.daysAhead === 0, day: weekdayName(clock.weekday, language), time: clock.opens };
}
