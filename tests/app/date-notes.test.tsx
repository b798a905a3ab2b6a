// @vitest-environment jsdom
import "@testing-library/jest-dom/vitest";
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { Country } from "../../src/engine";
import { TEST_COUNTRY } from "./fixture";
import { renderApp, testContent } from "./render-app";

afterEach(cleanup);

// A number the country team confirmed on a date, secondary-source numbers whose source shows only
// a month or no date, and one from an official source: only the first may be called "checked",
// and the official one carries no doubt.
const COUNTRY: Country = {
  ...TEST_COUNTRY,
  emergency: [
    { number: "112", label: { en: "Emergency services" }, covers: ["medical"], source: "https://example.org/112", sourceKind: "secondary", checked: "2025-01-15" },
    { number: "194", label: { en: "Ambulance" }, covers: ["medical"], source: "https://example.org/194", sourceKind: "secondary", sourceDate: "2022-08" },
    { number: "193", label: { en: "Fire brigade" }, covers: ["fire"], source: "https://example.org/193", sourceKind: "secondary" },
    { number: "192", label: { en: "Police" }, covers: ["police"], source: "https://example.org/192", sourceKind: "official", sourceDate: "2022-08" },
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
      "Police Call 192 ",
    ]);
  });
});
