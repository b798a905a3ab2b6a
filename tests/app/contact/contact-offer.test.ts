import { describe, expect, it } from "vitest";
import { apiPaths } from "../../../src/contact/api";
import { KEY_FINGERPRINT } from "../../../src/engine/schema/contact";
import { fingerprintPattern, keyFingerprint } from "../../../src/contact/fingerprint";
import { decodeLetter, encodeLetter } from "../../../src/contact/letter";
import { personPaths } from "../../../src/app/contact/client";
import { contactServices } from "../../../src/app/contact-offer/contact-services";
import { DEMO_CONTACT } from "../../../src/app/contact-offer/demo-service";
import { contactHref, parseContactRoute } from "../../../src/app/contact-offer/route";
import { daysText, hoursText, readingTime } from "../../../src/app/contact/hours-text";
import type { ContactBlock, Country, Service } from "../../../src/engine";

const block: ContactBlock = {
  hours: { timeZone: "Europe/Skopje", open: [{ days: ["mon", "tue", "wed", "thu", "fri"], opens: "09:00", closes: "17:00" }] },
  responseWorkingDays: 2,
  keyFingerprint: Array(16).fill("AB12").join(" "),
};
const service = (id: string, kind: Service["kind"], contact?: ContactBlock): Service => ({
  id,
  name: { en: id },
  kind,
  url: "https://example.org/",
  source: "https://example.org/",
  sourceKind: "official",
  ...(contact === undefined ? {} : { contact }),
});
const country = (services: Service[]): Country =>
  ({
    code: "MK",
    name: { en: "North Macedonia" },
    languages: ["en"],
    offerDraftTranslations: true,
    questionnaires: ["dudit@1.0.0"],
    defaultCheck: "dudit@1.0.0",
    emergency: [],
    quickExitUrl: "https://example.org/",
    services,
  }) as Country;

describe("contact routes", () => {
  it("names a service at most, and round-trips", () => {
    expect(parseContactRoute("#/contact/write/demo")).toEqual({ page: "write", serviceId: "demo" });
    expect(parseContactRoute("#/contact/replies")).toEqual({ page: "replies" });
    expect(parseContactRoute(contactHref({ page: "write", serviceId: "a-b1" }))).toEqual({ page: "write", serviceId: "a-b1" });
    for (const hash of ["", "#/rules", "#/contact/write/", "#/contact/write/Bad", "#/contact/write/x/y", "#/contact/elsewhere"]) expect(parseContactRoute(hash), hash).toBeNull();
  });
});

describe("contactServices", () => {
  it("offers only services with a contact block, in the order that fits the tier, then the demo (in tests and development)", () => {
    const services = [service("helpline", "helpline", block), service("no-contact", "counselling"), service("treatment", "treatment", block)];
    expect(contactServices(country(services), "treatment").map((s) => s.id)).toEqual(["treatment", "helpline", "demo"]);
    expect(contactServices(country(services), "self-help").map((s) => s.id)).toEqual(["helpline", "treatment", "demo"]);
    expect(contactServices(null, "self-help").map((s) => s.id)).toEqual(["demo"]);
    expect(DEMO_CONTACT?.demo).toBe(true);
  });
});

describe("the protocol as the page uses it", () => {
  it("calls the API's own paths", () => {
    expect(personPaths.serviceKey("demo")).toBe(apiPaths.serviceKey("demo"));
    expect(personPaths.threads).toBe(apiPaths.threads);
    expect(personPaths.thread("t")).toBe(apiPaths.thread("t"));
    expect(personPaths.threadMessages("t")).toBe(apiPaths.threadMessages("t"));
  });
  it("validates fingerprints in the form the console shows them", async () => {
    const fingerprint = await keyFingerprint(new Uint8Array(65).fill(4));
    expect(KEY_FINGERPRINT.source).toBe(fingerprintPattern.source);
    expect(KEY_FINGERPRINT.test(fingerprint)).toBe(true);
  });
  it("carries the attached result inside the encrypted letter, and reads plain text as a letter", () => {
    const letter = { v: 1 as const, text: "hello", result: { check: "dudit@1.0.0", band: "drug-related-problems", score: 12, max: 44, code: "X" } };
    expect(decodeLetter(encodeLetter(letter))).toEqual(letter);
    expect(decodeLetter(encodeLetter({ v: 1, text: "no result" }))).toEqual({ v: 1, text: "no result" });
    expect(decodeLetter("just text")).toEqual({ v: 1, text: "just text" });
    expect(decodeLetter(JSON.stringify({ v: 1, text: "t", result: { check: 1 } }))).toEqual({ v: 1, text: "t" });
  });
});

describe("the acknowledgement's hours", () => {
  it("names days in the person's language and says when a closed service reads", () => {
    expect(hoursText(block.hours, "en")).toBe("Monday, Tuesday, Wednesday, Thursday, and Friday 09:00–17:00");
    expect(daysText(2, "en")).toBe("2 days");
    // Saturday noon in Skopje: closed until Monday 09:00.
    expect(readingTime(block.hours, "en", new Date("2026-12-12T11:00:00Z"))).toEqual({ open: false, today: false, day: "Monday", time: "09:00" });
    expect(readingTime(block.hours, "ar", new Date("2026-12-12T11:00:00Z"))).toMatchObject({ day: "الاثنين" });
    expect(readingTime(block.hours, "en", new Date("2026-12-07T10:00:00Z"))).toEqual({ open: true });
  });
});
