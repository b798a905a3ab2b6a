import { render, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, vi } from "vitest";
import { App } from "../../src/app/App";
import { fileContent, type ContentSource } from "../../src/app/content/source";
import { createTestI18n } from "./test-i18n";
import { leaveTo } from "../../src/app/leave";
import { createAppStore } from "../../src/app/store/create-store";
import { TEST_COUNTRY } from "./fixture";

/** The real questionnaires and locales, with the test country instead of the real ones. */
export const testContent: ContentSource = {
  ...fileContent,
  countryCodes: [TEST_COUNTRY.code],
  loadCountry: async (code) => {
    if (code !== TEST_COUNTRY.code) throw new Error(`no test country ${code}`);
    return TEST_COUNTRY;
  },
};

export async function renderApp(options: { preferredLanguages?: readonly string[]; content?: ContentSource } = {}) {
  const i18n = createTestI18n();
  const leave = vi.fn(leaveTo);
  const store = createAppStore({
    content: options.content ?? testContent,
    i18n,
    leave,
    preferredLanguages: options.preferredLanguages ?? ["en-GB"],
    hideDemoCountries: false,
  });
  const user = userEvent.setup({ delay: null });
  const view = render(<App store={store} i18n={i18n} />);
  await waitFor(() => expect(store.getState().step.kind).toBe("start"));
  return { ...view, store, i18n, user };
}
