// @vitest-environment jsdom
import "@testing-library/jest-dom/vitest";
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { instrumentText, uiString } from "./content";
import { createTestI18n } from "./test-i18n";
import { createAppStore } from "../../src/app/store/create-store";
import { TEST_COUNTRY } from "./fixture";
import { renderApp, testContent } from "./render-app";
import { answer, answerSex, begin, optionLabel } from "./steps";

afterEach(cleanup);

const en = instrumentText("en", "dudit");
const mk = instrumentText("mk", "dudit");
const mkWizard = (key: string): string => uiString("mk", "wizard", key);

describe("a country page in another language (/xx/mk/)", () => {
  it("opens on question 1 of the country's default check, in Macedonian", { timeout: 30_000 }, async () => {
    const { store } = await renderApp({ landing: { countryCode: "XX", language: "mk" }, preferredLanguages: ["en-GB"] });
    expect(document.documentElement).toHaveAttribute("lang", "mk");
    expect(store.getState().step).toEqual({ kind: "question", itemId: "q1" });
    const main = screen.getByRole("main");
    // The question, its options and the introduction, word for word from locales/mk/questionnaires/dudit.json.
    expect(within(main).getByRole("heading", { level: 1, name: mk.items["q1"]!.text })).toBeInTheDocument();
    const group = within(main).getByRole("group", { name: mk.items["q1"]!.text });
    expect(
      within(group)
        .getAllByRole("radio")
        .map((radio) => radio.closest(".radios__item")?.querySelector("label")?.textContent),
    ).toEqual(Object.values(mk.items["q1"]!.options));
    for (const radio of within(group).getAllByRole("radio")) expect(radio).not.toBeChecked();
    expect(within(main).getByText(mk.intro)).toBeInTheDocument();
    expect(within(main).getByText("Прашање 1 од 11")).toBeInTheDocument();
    // A draft translation, offered by the country, and it says so.
    expect(mk.provenance.status).toBe("draft");
    expect(within(main).getByText(mkWizard("question.draft"))).toBeInTheDocument();
    // The promise and the way to another check, in Macedonian; no visible Back.
    expect(within(main).getByText(mkWizard("start.privacy"))).toBeInTheDocument();
    expect(within(main).getByRole("button", { name: mkWizard("question.changeCheck") })).toBeInTheDocument();
    expect(within(main).queryByRole("button", { name: mkWizard("nav.back") })).not.toBeInTheDocument();
    expect(within(main).getByRole("button", { name: mkWizard("nav.next") })).toBeInTheDocument();
    // No word of English in the question.
    expect(within(main).queryByText(en.items["q1"]!.text)).not.toBeInTheDocument();
    const title = uiString("mk", "common", "title.question").replace("{{position}}", "1").replace("{{total}}", "11");
    expect(document.title).toBe(`${title} – ${uiString("mk", "common", "appName")}`);
    expect(within(screen.getByRole("navigation", { name: "Јазик" })).getByRole("link", { name: "Македонски" })).toHaveAttribute("aria-current", "page");
  });

  it("/xx/ opens in the country's first language, whatever the browser prefers", { timeout: 30_000 }, async () => {
    const { store } = await renderApp({ landing: { countryCode: "XX", language: null }, preferredLanguages: ["mk", "ar"] });
    // TEST_COUNTRY lists en first.
    expect(store.getState().language).toBe("en");
    expect(document.documentElement).toHaveAttribute("lang", "en");
    expect(screen.getByRole("heading", { level: 1, name: en.items["q1"]!.text })).toBeInTheDocument();
  });
});

describe("question 1 of a country page", () => {
  it("shows the privacy line and 'Choose another check', keeps Back hidden, and takes no focus", { timeout: 30_000 }, async () => {
    const { store } = await renderApp();
    const main = screen.getByRole("main");
    expect(within(main).getByRole("heading", { level: 1, name: en.items["q1"]!.text })).toBeInTheDocument();
    expect(within(main).getByText("Question 1 of 11")).toBeInTheDocument();
    expect(within(main).getByText("Nothing you answer leaves this device; nothing is saved.")).toBeInTheDocument();
    expect(within(main).getByText(en.intro)).toBeInTheDocument();
    expect(within(main).getByRole("button", { name: "Choose another check" })).toBeInTheDocument();
    // Back is in the markup (the first script expects it) but hidden.
    expect(within(main).queryByRole("button", { name: "Back" })).not.toBeInTheDocument();
    expect(within(main).getByText("Back", { selector: "button" })).toHaveAttribute("hidden");
    expect(document.body).toHaveFocus();
    expect(document.title).toBe("Question 1 of 11 – Selfcheck");
    expect(store.getState().questionnaireKey).toBe("dudit@1.0.0");
    // DUDIT asks sex after the questions, not before.
    expect(screen.queryByRole("group", { name: "What is your sex?" })).not.toBeInTheDocument();
  });

  it("'Choose another check' opens the check screen; its Back returns to question 1", { timeout: 30_000 }, async () => {
    const { user, store } = await renderApp();
    await user.click(screen.getByRole("button", { name: "Choose another check" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Choose a check" })).toHaveFocus();
    expect(document.title).toBe("Choose a check – Selfcheck");
    const group = screen.getByRole("group", { name: "What do you want to check?" });
    // TEST_COUNTRY's checks, the running one chosen.
    expect(
      within(group)
        .getAllByRole("radio")
        .map((radio) => radio.getAttribute("value")),
    ).toEqual(["dudit@1.0.0", "audit@1.0.0", "audit-c@1.0.0"]);
    expect(within(group).getByRole("radio", { name: "Drugs" })).toBeChecked();
    expect(screen.getByRole("button", { name: "Start" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(await screen.findByRole("heading", { level: 1, name: en.items["q1"]!.text })).toHaveFocus();
    expect(store.getState().step).toEqual({ kind: "question", itemId: "q1" });
    expect(screen.getByRole("button", { name: "Choose another check" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Back" })).not.toBeInTheDocument();
  });

  it("after choosing another check, its question 1 has Back (to the check screen) and no 'Choose another check'", { timeout: 30_000 }, async () => {
    const { user } = await renderApp();
    await begin(user, "Alcohol");
    const audit = instrumentText("en", "audit");
    expect(await screen.findByRole("heading", { level: 1, name: audit.items["q1"]!.text })).toHaveFocus();
    expect(screen.getByText("Question 1 of 10")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Choose another check" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Choose a check" })).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "Alcohol" })).toBeChecked();
  });
});

describe("the sex question, after the questions", () => {
  it("AUDIT-C: Back from the sex question goes to the last question, back from the result to the sex question", { timeout: 30_000 }, async () => {
    const { user, store } = await renderApp();
    const auditC = instrumentText("en", "audit-c");
    await begin(user, "Alcohol, quick check");
    // "Never" ends AUDIT-C's questions; its cut-offs depend on sex, so the button says Next.
    const q1 = await screen.findByRole("group", { name: auditC.items["q1"]!.text });
    await user.click(within(q1).getByRole("radio", { name: optionLabel(auditC, "q1", "never") }));
    expect(screen.getByRole("button", { name: "Next" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Next" }));

    const sex = await screen.findByRole("group", { name: "What is your sex?" });
    expect(sex).toHaveAccessibleDescription(uiString("en", "wizard", "profile.why"));
    expect(screen.getByText("Before your result")).toBeInTheDocument();
    expect(document.title).toBe("Before your result – Selfcheck");
    expect(screen.getByRole("button", { name: "See my result" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Back" }));
    const again = await screen.findByRole("group", { name: auditC.items["q1"]!.text });
    expect(within(again).getByRole("radio", { name: optionLabel(auditC, "q1", "never") })).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Next" }));
    await answerSex(user, "Male");

    await screen.findByRole("heading", { level: 1, name: "Your result" });
    expect(store.getState().profile).toEqual({ sex: "male" });
    // The result's way back is "Change my answers".
    await user.click(screen.getByRole("button", { name: "Change my answers" }));
    const sexAgain = await screen.findByRole("group", { name: "What is your sex?" });
    expect(within(sexAgain).getByRole("radio", { name: "Male" })).toBeChecked();
  });

  it("AUDIT asks no sex: Back from the result goes to the last question", { timeout: 30_000 }, async () => {
    const { user } = await renderApp();
    const audit = instrumentText("en", "audit");
    await begin(user, "Alcohol");
    await answer(user, audit, "q1", "never");
    await answer(user, audit, "q9", "no");
    await answer(user, audit, "q10", "yes-last-year", "See my result");
    await screen.findByRole("heading", { level: 1, name: "Your result" });
    await user.click(screen.getByRole("button", { name: "Change my answers" }));
    const q10 = await screen.findByRole("group", { name: audit.items["q10"]!.text });
    expect(within(q10).getByRole("radio", { name: optionLabel(audit, "q10", "yes-last-year") })).toBeChecked();
    expect(screen.queryByRole("group", { name: "What is your sex?" })).not.toBeInTheDocument();
  });
});

describe("doing another check on a country page", () => {
  it("starts the same check again from question 1, with the answers cleared", { timeout: 30_000 }, async () => {
    const { user, store } = await renderApp();
    const audit = instrumentText("en", "audit");
    await begin(user, "Alcohol");
    await answer(user, audit, "q1", "never");
    await answer(user, audit, "q9", "no");
    await answer(user, audit, "q10", "no", "See my result");
    await screen.findByRole("heading", { level: 1, name: "Your result" });
    await user.click(screen.getByRole("button", { name: "Do another check" }));
    expect(await screen.findByRole("heading", { level: 1, name: audit.items["q1"]!.text })).toHaveFocus();
    expect(screen.getByText("Question 1 of 10")).toBeInTheDocument();
    expect(store.getState().answers).toEqual({});
    expect(store.getState().result).toBeNull();
    expect(store.getState().questionnaireKey).toBe("audit@1.0.0");
    for (const radio of within(screen.getByRole("group", { name: audit.items["q1"]!.text })).getAllByRole("radio")) expect(radio).not.toBeChecked();
  });
});

describe("a country page whose default check cannot be taken in its language", () => {
  it("opens the check screen instead (a country that offers no drafts, in a language with only a draft)", async () => {
    expect(mk.provenance.status).toBe("draft");
    const content = { ...testContent, loadCountry: async () => ({ ...TEST_COUNTRY, offerDraftTranslations: false }) };
    const store = createAppStore({ content, i18n: createTestI18n(), leave: () => undefined, preferredLanguages: ["en"], hideDemoCountries: false, landing: { countryCode: "XX", language: "mk" } });
    await store.getState().init();
    expect(store.getState().language).toBe("mk");
    expect(store.getState().step).toEqual({ kind: "start" });
    expect(store.getState().definition).toBeNull();
  });
});
