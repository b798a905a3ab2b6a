import { z } from "zod";

/**
 * A service's contact block (issue 17): it offers written, end-to-end encrypted contact. The
 * hours are structured (not prose) so that the person's acknowledgement can say, out of hours,
 * when the service will read the message; the time zone is the service's own, so the answer
 * does not depend on the phone's clock setting.
 */
export const Weekday = z.enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
export type Weekday = z.infer<typeof Weekday>;

const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time of day as HH:MM, 00:00 to 23:59");

/** True when the runtime knows the IANA zone name (Node and every current browser carry the tz database). */
function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return name.includes("/") || name === "UTC";
  } catch {
    return false;
  }
}

export const ContactOpening = z
  .strictObject({
    days: z.array(Weekday).min(1).describe('The weekdays with these hours, e.g. ["mon", "tue", "wed", "thu", "fri"].'),
    opens: ClockTime,
    closes: ClockTime,
  })
  .refine((opening) => opening.opens < opening.closes, { message: "closes must be later than opens on the same day (split a night shift into two openings)", path: ["closes"] });
export type ContactOpening = z.infer<typeof ContactOpening>;

/** Not a zod default: the browser reads country files without zod, so readers apply it themselves. */
export const DEFAULT_RETENTION_DAYS = 90;

/**
 * SHA-256 of the service's raw public key as 16 groups of 4 upper-case hex digits, the form
 * src/contact/fingerprint.ts writes (the engine imports nothing, so the pattern is repeated here;
 * tests/engine/contact-fingerprint.test.ts keeps the two the same).
 */
export const KEY_FINGERPRINT = /^(?:[0-9A-F]{4} ){15}[0-9A-F]{4}$/;

export const ContactBlock = z
  .strictObject({
    demo: z.literal(true).optional().describe("A demo service for development and tests; only a demo country may have one, and it needs no key fingerprint."),
    hours: z.strictObject({
      timeZone: z.string().refine(isTimeZone, { message: "an IANA time zone such as Europe/Skopje" }),
      open: z.array(ContactOpening).min(1).describe("When counsellors read messages; the acknowledgement computes out-of-hours from these."),
    }),
    responseWorkingDays: z.int().min(1).max(10).describe("The response promise: an answer within this many working days."),
    retentionDays: z.int().min(7).max(365).optional().describe(`Threads inactive this long are purged; ${DEFAULT_RETENTION_DAYS} when left out.`),
    keyFingerprint: z
      .string()
      .regex(KEY_FINGERPRINT, "16 groups of 4 upper-case hex digits separated by spaces (the fingerprint the console shows when it creates the service key)")
      .optional()
      .describe("The service's public key fingerprint; the phone refuses a key that does not match. Required unless demo."),
  })
  .refine((block) => block.demo === true || block.keyFingerprint !== undefined, {
    message: "a contact block needs keyFingerprint (only a demo service may leave it out)",
    path: ["keyFingerprint"],
  });
export type ContactBlock = z.infer<typeof ContactBlock>;
