import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { daysAfter, escapeText, foldLine, nextDay, reminderIcs, type Reminder } from "../../../src/app/brief/ics";

const reminder: Reminder = {
  uid: "0b9f6c1e-8d1e-4c55-9a51-2f4b7a1d3c77@selfcheck.example",
  stamp: new Date(Date.UTC(2026, 11, 6, 5, 40, 7)),
  date: { year: 2027, month: 1, day: 3 },
  title: "Check-in",
  description: "A moment to check in with yourself again.",
  url: "https://selfcheck.example/mk/en/",
};

const octets = (line: string): number => new TextEncoder().encode(line).length;

describe("reminderIcs (RFC 5545)", () => {
  it("parses with ical.js into one all-day event with the given title, day, UID, stamp and URL", () => {
    const calendar = new ICAL.Component(ICAL.parse(reminderIcs(reminder)));
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toBeTruthy();
    const events = calendar.getAllSubcomponents("vevent");
    expect(events).toHaveLength(1);
    const event = new ICAL.Event(events[0]);
    expect(event.summary).toBe("Check-in");
    expect(event.uid).toBe(reminder.uid);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe("2027-01-03");
    expect(event.endDate.toString()).toBe("2027-01-04");
    expect(events[0]!.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-12-06T05:40:07Z");
    expect(events[0]!.getFirstPropertyValue("url")).toBe("https://selfcheck.example/mk/en/");
    expect(event.description).toBe("A moment to check in with yourself again.\nhttps://selfcheck.example/mk/en/");
  });

  it("ends every line with CRLF and keeps every line within 75 octets, also in Arabic", () => {
    const arabic = { ...reminder, title: "موعد للمراجعة", description: "لحظة لتتفقد نفسك من جديد. ".repeat(6) };
    const text = reminderIcs(arabic);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(octets(line), line).toBeLessThanOrEqual(75);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent") ?? undefined);
    expect(event.summary).toBe("موعد للمراجعة");
    expect(event.description).toBe(`${arabic.description}\n${arabic.url}`);
  });

  it("escapes commas, semicolons, backslashes and newlines in text", () => {
    expect(escapeText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(reminderIcs({ ...reminder, title: "One, two; three" }))).getFirstSubcomponent("vevent") ?? undefined);
    expect(event.summary).toBe("One, two; three");
  });

  it("mentions neither drugs nor alcohol unless the caller's text does", () => {
    expect(reminderIcs(reminder)).not.toMatch(/drug|alcohol|dudit|audit/i);
  });
});

describe("foldLine", () => {
  it("never splits a multi-byte character", () => {
    const folded = foldLine(`SUMMARY:${"é".repeat(80)}`);
    for (const line of folded.split("\r\n")) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toContain("\uFFFD");
    }
    expect(
      folded
        .split("\r\n")
        .map((line, index) => (index === 0 ? line : line.slice(1)))
        .join(""),
    ).toBe(`SUMMARY:${"é".repeat(80)}`);
  });
});

describe("dates", () => {
  it("four weeks after a day, across the end of a year", () => {
    expect(daysAfter(new Date(2026, 11, 20, 23, 30), 28)).toEqual({ year: 2027, month: 1, day: 17 });
    expect(nextDay({ year: 2028, month: 2, day: 28 })).toEqual({ year: 2028, month: 2, day: 29 });
    expect(nextDay({ year: 2027, month: 12, day: 31 })).toEqual({ year: 2028, month: 1, day: 1 });
  });
});
