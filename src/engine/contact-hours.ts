import type { ContactBlock, Weekday } from "./schema/contact";

/** Monday first, as the hours in a country file are written. */
export const WEEKDAYS: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

export type ServiceClock =
  | { open: true }
  /** Closed now; it next opens on `weekday` at `opens` (service time), `daysAhead` days from today there (0 = later today). */
  | { open: false; weekday: Weekday; opens: string; daysAhead: number };

const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The weekday and minutes since midnight at `now` in the service's time zone. */
export function localClock(timeZone: string, now: Date): { weekday: Weekday; minutes: number } {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(now);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? "";
  const weekday = part("weekday").toLowerCase().slice(0, 3) as Weekday;
  if (!WEEKDAYS.includes(weekday)) throw new Error(`localClock: unexpected weekday "${part("weekday")}" for ${timeZone}`);
  return { weekday, minutes: Number(part("hour")) * 60 + Number(part("minute")) };
}

/**
 * Whether the service reads messages now and, if not, when it next does. Pure apart from the
 * Intl time-zone data; `now` is passed in so that tests choose the moment.
 */
export function serviceClock(hours: ContactBlock["hours"], now: Date): ServiceClock {
  const { weekday, minutes } = localClock(hours.timeZone, now);
  const today = WEEKDAYS.indexOf(weekday);
  const isOpenNow = hours.open.some((opening) => opening.days.includes(weekday) && minutesOf(opening.opens) <= minutes && minutes < minutesOf(opening.closes));
  if (isOpenNow) return { open: true };
  for (let daysAhead = 0; daysAhead <= 7; daysAhead++) {
    const day = WEEKDAYS[(today + daysAhead) % 7] as Weekday;
    const starts = hours.open
      .filter((opening) => opening.days.includes(day) && (daysAhead > 0 || minutesOf(opening.opens) > minutes))
      .map((opening) => opening.opens)
      .sort();
    const first = starts[0];
    if (first !== undefined) return { open: false, weekday: day, opens: first, daysAhead };
  }
  // The schema requires at least one opening with at least one day, so a week always finds one.
  throw new Error("serviceClock: hours have no opening");
}
