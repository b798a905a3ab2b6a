import { describe, expect, it } from "vitest";
import { serviceClock } from "../../src/engine/contact-hours";
import { ContactBlock } from "../../src/engine/schema/contact";

// Skopje is UTC+1 in winter (CET): 2026-12-07 is a Monday.
const hours: ContactBlock["hours"] = { timeZone: "Europe/Skopje", open: [{ days: ["mon", "tue", "wed", "thu", "fri"], opens: "09:00", closes: "17:00" }] };
const at = (iso: string) => new Date(iso);

describe("serviceClock", () => {
  it("is open inside the hours, in the service's own time zone", () => {
    expect(serviceClock(hours, at("2026-12-07T08:30:00Z"))).toEqual({ open: true });
  });
  it("says later today before opening time", () => {
    // 07:30 UTC is 08:30 in Skopje.
    expect(serviceClock(hours, at("2026-12-07T07:30:00Z"))).toEqual({ open: false, weekday: "mon", opens: "09:00", daysAhead: 0 });
  });
  it("says Monday on a Friday evening", () => {
    // Friday 2026-12-11 18:00 in Skopje.
    expect(serviceClock(hours, at("2026-12-11T17:00:00Z"))).toEqual({ open: false, weekday: "mon", opens: "09:00", daysAhead: 3 });
  });
  it("closes at the closing minute", () => {
    expect(serviceClock(hours, at("2026-12-07T16:00:00Z")).open).toBe(false);
  });
});

describe("ContactBlock", () => {
  const good = { hours: { timeZone: "Europe/Skopje", open: [{ days: ["mon"], opens: "09:00", closes: "17:00" }] }, responseWorkingDays: 2 };
  it("lets a demo leave out the key fingerprint and no one else", () => {
    expect(ContactBlock.safeParse({ ...good, demo: true }).success).toBe(true);
    expect(ContactBlock.safeParse(good).success).toBe(false);
    expect(ContactBlock.safeParse({ ...good, keyFingerprint: Array(16).fill("AB12").join(" ") }).success).toBe(true);
  });
});
