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
const instrumentLabels = (language: string) => uiText(language, "wizard")["instrument"] as Record<string, { label: string }>;

describe("the chooser at /", () => {
  it("lists the countries as links to their pages, by name", { timeout: 30_000 }, async () => {
    const { store } = await renderChooser({ content: twoCountries });
    expect(screen.getByRole("heading", { level: 1, name: "Check your drug or alcohol use" })).toBeInTheDocument();
    expect(document.title).toBe("Check your drug or alcohol use – Selfcheck");
    const list = screen.getByRole("list", { name: "Choose your country" });
    expect(
      within(list)
        .getAllByRole("link")
        .map((link) => [link.textContent, link.getAttribute("href")]),
    ).toEqual([
      ["Another land", "/yy/en/"],
      ["Testland", "/xx/en/"],
    ]);
    expect(store.getState().countryCode).toBeNull();
    // No check has been chosen: the clinicians' link leads to the list of rules.
    expect(screen.getByRole("link", { name: "For clinicians: how this check is scored" })).toHaveAttribute("href", "#/rules");
    // Without a country page the header has the language select, not links.
    expect(screen.getByRole("combobox", { name: "Language" })).toBeInTheDocument();
    expect(screen.queryByRole("navigation", { name: "Language" })).not.toBeInTheDocument();
  });

  it("carries the chooser's language to each country link the country offers it in, and names countries in it", { timeout: 30_000 }, async () => {
    const morocco: Country = { ...TEST_COUNTRY, code: "MA", name: { ar: "المغرب", en: "Morocco" }, languages: ["ar", "fr", "en"] };
    const testland: Country = { ...TEST_COUNTRY, languages: ["en", "mk"] };
    const content: ContentSource = { ...testContent, countryCodes: ["MA", "XX"], loadCountry: async (code) => (code === "MA" ? morocco : testland) };
    const { user } = await renderChooser({ content });
    await user.selectOptions(screen.getByRole("combobox", { name: "Language" }), "fr");
    const list = await screen.findByRole("list", { name: "Choisissez votre pays" });
    const links = within(list)
      .getAllByRole("link")
      .map((link) => [link.textContent, link.getAttribute("href"), link.getAttribute("lang")]);
    // Morocco's name comes from the browser's own list of region names, in French; Testland (XX,
    // no such region) keeps its file's own-language name (no English line on a French page) and
    // opens in its first language, having no French.
    expect(links).toEqual([
      ["Maroc", "/ma/fr/", "fr"],
      ["Тестландија", "/xx/", "mk"],
    ]);
  });

  it("'My country is not listed' leads to the check screen with every check some country offers (never the CAST); Back returns to the list", { timeout: 30_000 }, async () => {
    const { user, store } = await renderChooser();
    await user.click(screen.getByRole("button", { name: "My country is not listed" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Choose a check" })).toHaveFocus();
    const group = screen.getByRole("group", { name: "What do you want to check?" });
    const labels = instrumentLabels("en");
    const radios = within(group).getAllByRole("radio");
    // The test country offers DUDIT, AUDIT and AUDIT-C; the CAST (licence unconfirmed) no country offers.
    const offered = ALL_CHECKS.filter((id) => TEST_COUNTRY.questionnaires.some((key) => key.startsWith(`${id}@`)));
    expect(offered).not.toContain("cast");
    expect(radios.map((radio) => radio.getAttribute("value")!.split("@")[0]).sort()).toEqual([...offered].sort());
    expect(within(group).queryByRole("radio", { name: labels["cast"]!.label })).not.toBeInTheDocument();
    for (const id of offered) expect(within(group).getByRole("radio", { name: labels[id]!.label })).toBeEnabled();
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
    await user.click(screen.getByRole("radio", { name: instrumentLabels("en")["audit-c"]!.label }));
    await user.click(screen.getByRole("button", { name: "Start" }));
    const auditC = instrumentText("en", "audit-c");
    expect(await screen.findByRole("heading", { level: 1, name: auditC.items["q1"]!.text })).toHaveFocus();
    expect(screen.getByText("Question 1 of 3")).toBeInTheDocument();
    expect(store.getState().language).toBe("en");
    // With no country page, question 1 has a visible Back, to the check screen, and no "Choose another check".
    expect(screen.queryByRole("button", { name: "Choose another check" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Choose a check" })).toBeInTheDocument();
  });
});
