// @vitest-environment jsdom
import "@testing-library/jest-dom/vitest";
import { cleanup, render as renderReact, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../../src/app/App";
import { createTestI18n } from "./test-i18n";
import { renderCountryPage } from "../../src/app/prerender";
import { createAppStore, type AppStore } from "../../src/app/store/create-store";
import { findParts, render, showError } from "../../src/first/dom";
import { questionScreenOf, sexScreen } from "../../src/first/screens";
import { definition, instrumentText, uiText } from "./content";
import { TEST_LANDING, testContent } from "./render-app";
import { optionLabel } from "./steps";

// The first script (src/first/dom.ts) turns the page's pre-rendered question 1 into the next
// screens before the app has loaded; the app then renders the same screen in its place. The two
// must write the same markup, or the page changes under the person's finger when the app takes
// over. Ids that React's useId generates differ by design: they are compared as references
// (the same id where the same element is meant), not as values.

afterEach(() => {
  cleanup();
  document.body.innerHTML = "";
});

const dudit = definition("dudit");
const en = instrumentText("en", "dudit");
const wizard = uiText("en", "wizard") as { profile: Record<string, string>; nav: Record<string, string>; question: Record<string, string> };

/** Serialises an element with sorted attributes, generated id values replaced by their order of first appearance. */
function normalise(root: Element): string {
  const FIXED = new Set(["main-heading", "change-check"]);
  const tokens = new Map<string, string>();
  const token = (value: string): string => {
    if (FIXED.has(value)) return value;
    if (!tokens.has(value)) tokens.set(value, `ID${tokens.size + 1}`);
    return tokens.get(value)!;
  };
  const walk = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? "";
    if (!(node instanceof Element)) return "";
    const attributes = [...node.attributes]
      .map((attribute) => {
        const value = ["id", "for", "aria-describedby", "aria-labelledby"].includes(attribute.name) ? attribute.value.split(/\s+/).map(token).join(" ") : attribute.value;
        return `${attribute.name}="${value}"`;
      })
      .sort();
    const tag = node.tagName.toLowerCase();
    return `<${[tag, ...attributes].join(" ")}>${[...node.childNodes].map(walk).join("")}</${tag}>`;
  };
  return walk(root);
}

/** Line by line, so that a difference shows where it is. */
const pretty = (html: string): string[] => html.replace(/></g, ">\n<").split("\n");

/** The checked state of each radio (a property, which the markup does not show). */
const checkedRadios = (root: Element): string[] => [...root.querySelectorAll<HTMLInputElement>("input[type=radio]")].filter((input) => input.checked).map((input) => input.value);

/** The live app on the English test country page, moved on by `setup`, with its question form. */
async function reactForm(setup: (store: AppStore) => void = () => undefined, language = "en") {
  const i18n = createTestI18n();
  const landing = { ...TEST_LANDING, language };
  const store = createAppStore({ content: testContent, i18n, leave: () => undefined, preferredLanguages: ["en"], hideDemoCountries: false, landing });
  await store.getState().init();
  setup(store);
  const view = renderReact(<App store={store} i18n={i18n} />);
  await waitFor(() => expect(view.container.querySelector("form.question")).not.toBeNull(), { timeout: 10_000 });
  return { form: view.container.querySelector("form.question")!, store, view };
}

/** A copy of React's question 1 markup, outside React, for the first script to work on. */
async function q1Copy(language = "en"): Promise<HTMLElement> {
  const { form, view } = await reactForm(() => undefined, language);
  const html = form.outerHTML;
  view.unmount();
  const host = document.createElement("div");
  host.innerHTML = html;
  document.body.append(host);
  return host;
}

/** The answers the app was given to reach question 3 (reactForm's setup below), and none for question 1. */
const TO_Q3 = { q1: "never", q2: "never" };

async function pageData(language = "en") {
  const page = await renderCountryPage(TEST_LANDING.countryCode, language, testContent);
  if (page.firstPage === null) throw new Error("a country page has first-page data");
  return page;
}

const allAnswered = (): Record<string, string> => Object.fromEntries(dudit.items.map((item) => [item.id, item.options[0]!.id]));

describe("the first script's data block", () => {
  it("carries the English texts of the page's check and the wizard's labels", async () => {
    const { firstPage: data } = await pageData();
    expect(data!.check).toBe("dudit@1.0.0");
    expect(data!.items.map((item) => item.id)).toEqual(dudit.items.map((item) => item.id));
    expect(data!.text.items["q3"]).toEqual({ text: en.items["q3"]!.text, options: en.items["q3"]!.options });
    expect(data!.labels.sex.legend).toBe(wizard.profile["legend"]);
    expect(data!.labels.sex.why).toBe(wizard.profile["why"]);
    expect(data!.labels.next).toBe(wizard.nav["next"]);
    expect(data!.labels.seeResult).toBe(wizard.nav["seeResult"]);
    expect(data!.labels.sex.options.map((option) => option.label)).toEqual(["Female", "Male", "Another answer", "Prefer not to say"]);
  });
});

describe("the first script writes the question screen as the app does", () => {
  it("question 3, from question 1's markup", { timeout: 30_000 }, async () => {
    const { firstPage: data } = await pageData();
    const { form: live, view } = await reactForm((store) => {
      store.getState().submitAnswer("q1", "never");
      store.getState().submitAnswer("q2", "never");
    });
    expect(screen.getByText("Question 3 of 11")).toBeInTheDocument();
    const expected = normalise(live);
    view.unmount();

    const host = await q1Copy();
    const parts = findParts(host);
    expect(parts).not.toBeNull();
    render(parts!, questionScreenOf(data!, TO_Q3, "q3", null), null);
    expect(pretty(normalise(host.querySelector("form.question")!))).toEqual(pretty(expected));
  });

  it("question 3 with a choice made", { timeout: 30_000 }, async () => {
    const { firstPage: data } = await pageData();
    const { form: live, view } = await reactForm((store) => {
      store.getState().submitAnswer("q1", "never");
      store.getState().submitAnswer("q2", "never");
    });
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole("radio", { name: optionLabel(en, "q3", "three-four") }));
    const expected = normalise(live);
    expect(checkedRadios(live)).toEqual(["three-four"]);
    view.unmount();

    const host = await q1Copy();
    const parts = findParts(host)!;
    render(parts, questionScreenOf(data!, TO_Q3, "q3", "three-four"), "three-four");
    const form = host.querySelector("form.question")!;
    expect(checkedRadios(form)).toEqual(["three-four"]);
    expect(pretty(normalise(form))).toEqual(pretty(expected));
  });

  it("question 3 with the 'choose an answer' message", { timeout: 30_000 }, async () => {
    const { firstPage: data } = await pageData();
    const { form: live, view } = await reactForm((store) => {
      store.getState().submitAnswer("q1", "never");
      store.getState().submitAnswer("q2", "never");
    });
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(screen.getByText(wizard.question["error"]!)).toBeInTheDocument();
    const expected = normalise(live);
    view.unmount();

    const host = await q1Copy();
    const parts = findParts(host)!;
    render(parts, questionScreenOf(data!, TO_Q3, "q3", null), null);
    showError(parts, data!.labels.error);
    expect(pretty(normalise(host.querySelector("form.question")!))).toEqual(pretty(expected));
  });

  it("the sex question, from question 1's markup", { timeout: 30_000 }, async () => {
    const { firstPage: data } = await pageData();
    const { form: live, view } = await reactForm((store) => {
      for (const [itemId, optionId] of Object.entries(allAnswered())) store.getState().submitAnswer(itemId, optionId);
    });
    expect(screen.getByRole("group", { name: "What is your sex?" })).toBeInTheDocument();
    const expected = normalise(live);
    view.unmount();

    const host = await q1Copy();
    const parts = findParts(host)!;
    render(parts, sexScreen(data!), null);
    expect(pretty(normalise(host.querySelector("form.question")!))).toEqual(pretty(expected));
  });

  it("back to question 1 after question 3: question 1's own paragraphs return in their place", { timeout: 30_000 }, async () => {
    const { firstPage: data } = await pageData();
    const { form: live, view } = await reactForm();
    const expected = normalise(live);
    view.unmount();

    const host = await q1Copy();
    const parts = findParts(host)!;
    render(parts, questionScreenOf(data!, TO_Q3, "q3", null), null);
    render(parts, sexScreen(data!), null);
    render(parts, questionScreenOf(data!, {}, "q1", null), null);
    expect(pretty(normalise(host.querySelector("form.question")!))).toEqual(pretty(expected));
  });

  it("on the page as built (server-rendered question 1), question 3 matches the app's", { timeout: 30_000 }, async () => {
    const page = await pageData();
    const { form: live, view } = await reactForm((store) => {
      store.getState().submitAnswer("q1", "never");
      store.getState().submitAnswer("q2", "never");
    });
    const expected = normalise(live);
    view.unmount();

    const host = document.createElement("div");
    host.innerHTML = page.markup;
    document.body.append(host);
    const parts = findParts(host);
    expect(parts).not.toBeNull();
    // The built page opens on question 1 with no Back.
    expect(parts!.back).toHaveAttribute("hidden");
    render(parts!, questionScreenOf(page.firstPage!, TO_Q3, "q3", null), null);
    expect(pretty(normalise(host.querySelector("form.question")!))).toEqual(pretty(expected));
  });

  it("in a draft translation (mk), whose screens carry the draft notice: question 3, and back to question 1", { timeout: 30_000 }, async () => {
    const { firstPage: data } = await pageData("mk");
    expect(data!.text.draft).toBe(true);
    const q3 = await reactForm((store) => {
      store.getState().submitAnswer("q1", "never");
      store.getState().submitAnswer("q2", "never");
    }, "mk");
    expect(screen.getByText("Прашање 3 од 11")).toBeInTheDocument();
    expect(q3.form.querySelector(".notice")).not.toBeNull();
    const expectedQ3 = normalise(q3.form);
    q3.view.unmount();
    const q1 = await reactForm(() => undefined, "mk");
    const expectedQ1 = normalise(q1.form);
    q1.view.unmount();

    const host = await q1Copy("mk");
    const parts = findParts(host)!;
    render(parts, questionScreenOf(data!, TO_Q3, "q3", null), null);
    expect(pretty(normalise(host.querySelector("form.question")!))).toEqual(pretty(expectedQ3));
    render(parts, questionScreenOf(data!, {}, "q1", null), null);
    expect(pretty(normalise(host.querySelector("form.question")!))).toEqual(pretty(expectedQ1));
  });
});
