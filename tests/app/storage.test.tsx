// @vitest-environment jsdom
import "@testing-library/jest-dom/vitest";
import { cleanup, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { definition, instrumentText } from "./content";
import { renderApp } from "./render-app";
import { answer, answerSex, begin, chooseLanguageLink } from "./steps";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe("privacy", () => {
  it("writes nothing to localStorage, sessionStorage or cookies during a whole run", { timeout: 60_000 }, async () => {
    localStorage.clear();
    sessionStorage.clear();
    const setItem = vi.spyOn(Storage.prototype, "setItem");
    const cookieSetter = vi.fn();
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, "cookie");
    Object.defineProperty(document, "cookie", { configurable: true, get: () => cookie?.get?.call(document) ?? "", set: cookieSetter });

    const dudit = definition("dudit");
    const en = instrumentText("en", "dudit");
    const { user } = await renderApp({ preferredLanguages: ["en-US"] });
    await begin(user, "Drugs");
    for (const [index, item] of dudit.items.entries()) await answer(user, en, item.id, item.options[1]!.id, "Next", index === 0);
    await answerSex(user, "Another answer");
    await screen.findByRole("heading", { level: 1, name: "Your result" });
    await chooseLanguageLink(user, "Language", "Македонски");
    await screen.findByRole("heading", { level: 1, name: "Вашиот резултат" });

    expect(setItem).not.toHaveBeenCalled();
    expect(cookieSetter).not.toHaveBeenCalled();
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    delete (document as { cookie?: string }).cookie;
    expect(document.cookie).toBe("");
    // No answer is ever put in the address.
    expect(window.location.hash).toBe("");
    expect(window.location.search).toBe("");
    // The language link puts the page's own path in the address bar: a country and a language, nothing answered.
    await waitFor(() => expect(window.location.pathname).toBe("/xx/mk/"));
  });
});
