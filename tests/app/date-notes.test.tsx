// @vitest-environment jsdom
import "@testing-library/jest-dom/vitest";
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { Country } from "../../src/engine";
import { TEST_COUNTRY } from "./fixture";
import { renderApp, testContent } from "./render-app";

afterEach(cleanup);

// A number confirmed on a date, one whose source shows only a month, and one whose source shows
// no date: only the first may be called "checked".
const COUNTRY: Country = {
  ...TEST_COUNTRY,
  emergency: [
    { number: "112", label: { en: "Emergency services" }, source: "https://example.org/112", checked: "2025-01-15" },
    { number: "194", label: { en: "Ambulance" }, source: "https://example.org/194", sourceDate: "2022-08" },
    { number: "193", label: { en: "Fire brigade" }, source: "https://example.org/193" },
  ],
};

describe("dates next to emergency numbers", () => {
  it("says 'checked' only for a confirmed entry, and 'not yet confirmed' with the source's date otherwise", async () => {
    // The country page of this country: its emergency numbers are shown from question 1 on.
    const { store } = await renderApp({ content: { ...testContent, loadCountry: async () => COUNTRY } });
    expect(store.getState().countryCode).toBe("XX");
    const items = within(screen.getAllByRole("region", { name: "In an emergency" })[0]!).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual([
      "Emergency services Call 112 Number checked: January 15, 2025",
      "Ambulance Call 194 Not yet confirmed; source date: August 2022",
      "Fire brigade Call 193 Not yet confirmed; source not dated",
    ]);
  });
});
