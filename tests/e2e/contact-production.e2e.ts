/**
 * Issue 17: a production build offers only services whose country file has a real contact block.
 * No bundled country has one yet, so the result offers no contact at all (the demo is for
 * development and e2e builds only).
 */
import { describe, expect, it } from "vitest";
import { useE2E } from "./support/harness";
import { ENGLISH } from "./support/plans";
import { text } from "./support/contact-steps";
import { Wizard } from "./support/wizard";

const e2e = useE2E({ build: "production" });

describe("the production build", () => {
  it("offers no demo contact service on a result", async () => {
    const { page, origin, requests } = await e2e.open();
    const wizard = new Wizard(page, "en");
    await wizard.open(origin, ENGLISH.plan);
    await wizard.answerAll(ENGLISH.plan);
    await wizard.waitForResult();
    // The services section is there (the same render as the offer would be) …
    await page.getByRole("heading", { level: 2, name: text("en", "results", "services.headingCountry", { country: "North Macedonia" }) }).waitFor();
    // … and no contact offer.
    expect(await page.getByRole("button", { name: text("en", "results", "contactOffer.button"), exact: true }).count()).toBe(0);
    expect(await page.getByText(text("en", "results", "contactOffer.demoName"), { exact: true }).count()).toBe(0);
    expect(requests.urls.filter((url) => url.includes("/api/"))).toEqual([]);
  });
});
