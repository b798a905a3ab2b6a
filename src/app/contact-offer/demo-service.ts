import type { ContactBlock } from "../../engine";

/**
 * The demo contact service (issue 17): offered on every country's result in development and in
 * the e2e build, so that the whole way (write, counsellor console, reply) can be tried without a
 * real service. It is named a demo wherever it appears. In a production build the condition is
 * false at build time and the bundler drops this object (tests/e2e/contact-bundle.e2e.ts checks
 * the built files). The hours are the demo's own, not any real service's.
 */
export const DEMO_SERVICE_ID = "demo";

export const DEMO_CONTACT: ContactBlock | null =
  import.meta.env.DEV || import.meta.env.MODE === "e2e"
    ? {
        demo: true,
        hours: { timeZone: "UTC", open: [{ days: ["mon", "tue", "wed", "thu", "fri"], opens: "09:00", closes: "17:00" }] },
        responseWorkingDays: 2,
      }
    : null;
