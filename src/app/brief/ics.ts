/**
 * An iCalendar (RFC 5545) file with one all-day event, made in the browser: the reminder to
 * check again. Pure, so it is tested with a real parser (ical.js).
 */

export type CalendarDate = { year: number; month: number; day: number };

export type Reminder = {
  /** Globally unique, e.g. a random UUID @ the site's host (RFC 5545 3.8.4.7). */
  uid: string;
  /** When the file is made (DTSTAMP, in UTC). */
  stamp: Date;
  /** The day of the event (an all-day event, so no time zone is needed). */
  date: CalendarDate;
  title: string;
  description: string;
  url: string;
};

const pad = (value: number, length = 2): string => String(value).padStart(length, "0");
const dateValue = ({ year, month, day }: CalendarDate): string => `${pad(year, 4)}${pad(month)}${pad(day)}`;
const utcDateTime = (at: Date): string =>
  `${pad(at.getUTCFullYear(), 4)}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}T${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}Z`;

/** The day after, across month and year ends. */
export function nextDay(date: CalendarDate): CalendarDate {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

/** A local calendar day some days after a moment (the person's own calendar day). */
export function daysAfter(from: Date, days: number): CalendarDate {
  const later = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  return { year: later.getFullYear(), month: later.getMonth() + 1, day: later.getDate() };
}

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and newline are escaped. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

const encoder = new TextEncoder();

/**
 * Folds a content line so that no line is longer than 75 octets (RFC 5545 3.1): continuation
 * lines start with one space. Counts UTF-8 octets and never splits a character.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    const limit = parts.length === 0 ? 75 : 74; // a continuation line's leading space is one of its 75
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

export function reminderIcs(reminder: Reminder): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Selfcheck//Reminder//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${reminder.uid}`,
    `DTSTAMP:${utcDateTime(reminder.stamp)}`,
    `DTSTART;VALUE=DATE:${dateValue(reminder.date)}`,
    `DTEND;VALUE=DATE:${dateValue(nextDay(reminder.date))}`,
    `SUMMARY:${escapeText(reminder.title)}`,
    `DESCRIPTION:${escapeText(`${reminder.description}\n${reminder.url}`)}`,
    `URL:${reminder.url}`,
    "TRANSP:TRANSPARENT",
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    `DESCRIPTION:${escapeText(reminder.title)}`,
    "TRIGGER:PT9H",
    "END:VALARM",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
