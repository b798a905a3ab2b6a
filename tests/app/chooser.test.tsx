// @vitest-environment jsdom
import "@testing-library/jest-dom/vitest";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { ContentSource } from "../../src/app/content/source";
import type { Country } from "../../src/engine";
import { instrumentText, uiText } from "./content";
import { TEST_COUNTRY } from "./fixture";
import { renderChooser, testContent } from "./render-app";

afterEach(cleanup);

/** A second test country, whose name sorts before Testland. */
const OTHER: Country = { ...TEST_COUNTRY, code: "YY", name: { en: "Another land" }, languages: ["en"] };
const twoCountries: ContentSource = {
  ...testContent,
  countryCodes: ["XX", "YY"],
  loadCountry: async (code) => (code === "YY" ? OTHER : TEST_COUNTRY),
};

/** Every questionnaire in questionnaires/, by its English label on the check screen. */
const ALL_CHECKS = readdirSync(join(import.meta.dirname, "..", "..", "questionnaires"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const instrumentLabels = (language: string) => (uiText(language, "wizard")["instrument"] as Record<string, { label: string }>);

describe("the chooser at /", () => {
  it("lists the countries as links to their pages, by name", { timeout: 30_000 }, async () => {
    const { store } = await renderChooser({ content: twoCountries });
    expect(screen.getByRole("heading", { level: 1, name: "Check your drug or alcohol use" })).toBeInTheDocument();
    expect(document.title).toBe("Check your drug or alcohol use – Selfcheck");
    const list = screen.getByRole("list", { name: "Choose your country" });
    expect(within(list).getAllByRole("link").map((link) => [link.textContent, link.getAttribute("href")])).toEqual([
      ["Another land", "/yy/"],
      ["Testland", "/xx/"],
    ]);
    expect(store.getState().countryCode).toBeNull();
    // No check has been chosen: the clinicians' link leads to the list of rules.
    expect(screen.getByRole("link", { name: "For clinicians: how this check is scored" })).toHaveAttribute("href", "#/rules");
    // Without a country page the header has the language select, not links.
    expect(screen.getByRole("combobox", { name: "Language" })).toBeInTheDocument();
    expect(screen.queryByRole("navigation", { name: "Language" })).not.toBeInTheDocument();
  });

  it("'My country is not listed' leads to the check screen with every check; Back returns to the list", { timeout: 30_000 }, async () => {
    const { user, store } = await renderChooser();
    await user.click(screen.getByRole("button", { name: "My country is not listed" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Choose a check" })).toHaveFocus();
    const group = screen.getByRole("group", { name: "What do you want to check?" });
    const labels = instrumentLabels("en");
    const radios = within(group).getAllByRole("radio");
    expect(radios.map((radio) => radio.getAttribute("value")!.split("@")[0]).sort()).toEqual([...ALL_CHECKS].sort());
    for (const id of ALL_CHECKS) expect(within(group).getByRole("radio", { name: labels[id]!.label })).toBeEnabled();
    for (const radio of radios) expect(radio).not.toBeChecked();
    expect(screen.getByRole("button", { name: "Start" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(await screen.findByRole("list", { name: "Choose your country" })).toBeInTheDocument();
    expect(store.getState().step).toEqual({ kind: "chooser" });
  });

  it("on the check screen the header's language select switches the language, as before", { timeout: 30_000 }, async () => {
    const { user, store } = await renderChooser();
    await user.click(screen.getByRole("button", { name: "My country is not listed" }));
    await screen.findByRole("heading", { level: 1, name: "Choose a check" });
    await user.selectOptions(screen.getByRole("combobox", { name: "Language" }), "mk");
    await waitFor(() => expect(document.documentElement).toHaveAttribute("lang", "mk"));
    expect(await screen.findByRole("heading", { level: 1, name: "Изберете проверка" })).toBeInTheDocument();
    // Every Macedonian instrument text is a draft, and drafts are offered only by a country that
    // chose to: with no country, no check is offered in Macedonian, and the screen says so.
    for (const id of ALL_CHECKS) expect(instrumentText("mk", id).provenance.status).toBe("draft");
    const group = screen.getByRole("group", { name: "Што сакате да проверите?" });
    expect(within(group).queryAllByRole("radio")).toHaveLength(0);
    expect(within(group).getByText("Сè уште нема проверка достапна на македонски. Ве молиме изберете друг јазик.")).toBeInTheDocument();

    // Back to English: every check, and one runs.
    await user.selectOptions(screen.getByRole("combobox", { name: "Јазик" }), "en");
    expect(await screen.findByRole("heading", { level: 1, name: "Choose a check" })).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: instrumentLabels("en")["cast"]!.label }));
    await user.click(screen.getByRole("button", { name: "Start" }));
    const cast = instrumentText("en", "cast");
    expect(await screen.findByRole("heading", { level: 1, name: cast.items["q1"]!.text })).toHaveFocus();
    expect(screen.getByText("Question 1 of 6")).toBeInTheDocument();
    expect(store.getState().language).toBe("en");
    // With no country page, question 1 has a visible Back, to the check screen, and no "Choose another check".
    expect(screen.queryByRole("button", { name: "Choose another check" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Choose a check" })).toBeInTheDocument();
  });
});
