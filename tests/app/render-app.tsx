import { render, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, vi } from "vitest";
import { App } from "../../src/app/App";
import { fileContent, type ContentSource } from "../../src/app/content/source";
import type { Landing } from "../../src/app/landing";
import { leaveTo } from "../../src/app/leave";
import { createAppStore } from "../../src/app/store/create-store";
import { TEST_COUNTRY } from "./fixture";
import { createTestI18n } from "./test-i18n";

/** The real questionnaires and locales, with the test country instead of the real ones. */
export const testContent: ContentSource = {
  ...fileContent,
  countryCodes: [TEST_COUNTRY.code],
  loadCountry: async (code) => {
    if (code !== TEST_COUNTRY.code) throw new Error(`no test country ${code}`);
    return TEST_COUNTRY;
  },
  // The chooser's one load of every country: the test countries, through this source's own loadCountry
  // (so a test that replaces loadCountry sees its country in the chooser too).
  async loadAllCountries() {
    return Promise.all(this.countryCodes.map((code) => this.loadCountry(code)));
  },
};

/** The English page of the test country, /xx/en/: question 1 of its default check, DUDIT. */
export const TEST_LANDING: Landing = { countryCode: TEST_COUNTRY.code, language: "en" };

export type RenderOptions = {
  preferredLanguages?: readonly string[];
  content?: ContentSource;
  /** The country page landed on; null for the chooser at `/`. Defaults to TEST_LANDING. */
  landing?: Landing | null;
};

/** Renders the app and waits until init() has finished (the first screen is shown). */
export async function renderApp(options: RenderOptions = {}) {
  const i18n = createTestI18n();
  const leave = vi.fn(leaveTo);
  const landing = options.landing === undefined ? TEST_LANDING : options.landing;
  const store = createAppStore({
    content: options.content ?? testContent,
    i18n,
    leave,
    preferredLanguages: options.preferredLanguages ?? ["en-GB"],
    hideDemoCountries: false,
    landing,
  });
  const user = userEvent.setup({ delay: null });
  const view = render(<App store={store} i18n={i18n} />);
  // The first load of the content files can be slow while the whole suite runs in parallel.
  await waitFor(() => expect(store.getState().step.kind).toBe(landing === null ? "chooser" : "question"), { timeout: 10_000 });
  return { ...view, store, i18n, user, leave };
}

/** The chooser at `/`: the country list. */
export function renderChooser(options: Omit<RenderOptions, "landing"> = {}) {
  return renderApp({ ...options, landing: null });
}
