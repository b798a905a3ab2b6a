// @vitest-environment jsdom
import "@testing-library/jest-dom/vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../../src/app/App";
import type { ContentSource } from "../../src/app/content/source";
import type { HandOver } from "../../src/wizard/handover";
import { createTestI18n } from "./test-i18n";
import { restoreFocus } from "../../src/app/first/restore-focus";
import { createAppStore } from "../../src/app/store/create-store";
import { instrumentText } from "./content";
import { TEST_COUNTRY } from "./fixture";
import { TEST_LANDING, testContent } from "./render-app";
import { optionLabel } from "./steps";

afterEach(cleanup);

const en = instrumentText("en", "dudit");
const auditEn = instrumentText("en", "audit");

/** A test country whose page opens on AUDIT, the check with skip logic. */
const auditContent: ContentSource = { ...testContent, loadCountry: async () => ({ ...TEST_COUNTRY, defaultCheck: "audit@1.0.0" }) };

/** As src/app/main.tsx does: init, hand over, then render the app. */
async function takeOver(handOver: Partial<HandOver>, content: ContentSource = testContent) {
  const i18n = createTestI18n();
  const store = createAppStore({ content, i18n, leave: () => undefined, preferredLanguages: ["en"], hideDemoCountries: false, landing: TEST_LANDING });
  await store.getState().init();
  expect(store.getState().step).toEqual({ kind: "question", itemId: "q1" });
  const check = content === testContent ? "dudit@1.0.0" : "audit@1.0.0";
  store.getState().applyHandOver({ check, answers: {}, step: { kind: "question", itemId: "q1" }, selected: null, sex: null, showingError: false, focus: null, ...handOver });
  const user = userEvent.setup({ delay: null });
  render(<App store={store} i18n={i18n} />);
  return { store, user };
}

const radio = (text: typeof en, itemId: string, optionId: string) =>
  within(screen.getByRole("group", { name: text.items[itemId]!.text })).getByRole("radio", { name: optionLabel(text, itemId, optionId) });

describe("the app taking over a country page from the first script", () => {
  it("keeps the answers and the question the person is on", async () => {
    const answers = { q1: "monthly-or-less", q2: "never", q3: "one-two" };
    const { store, user } = await takeOver({ answers, step: { kind: "question", itemId: "q4" } });
    expect(store.getState().answers).toEqual(answers);
    expect(store.getState().step).toEqual({ kind: "question", itemId: "q4" });
    expect(await screen.findByRole("group", { name: en.items["q4"]!.text })).toBeInTheDocument();
    expect(screen.getByText("Question 4 of 11")).toBeInTheDocument();
    // Back shows the earlier answer, handed over, checked.
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(await screen.findByText("Question 3 of 11")).toBeInTheDocument();
    expect(radio(en, "q3", "one-two")).toBeChecked();
  });

  it("drops answers to items the check does not have and options an item does not have", async () => {
    const { store } = await takeOver({
      answers: { q1: "never", q2: "two-to-three-a-week", q3: "a-lot", q99: "yes", sex: "male" },
      step: { kind: "question", itemId: "q4" },
    });
    // An answer named "sex" is no item either: only the hand-over's own sex field gives the sex.
    expect(store.getState().profile).toEqual({});
    // q3's "a-lot" is no option of q3, so q3 is unanswered: the person goes back to it.
    expect(store.getState().answers).toEqual({ q1: "never", q2: "two-to-three-a-week" });
    expect(store.getState().step).toEqual({ kind: "question", itemId: "q3" });
    expect(await screen.findByText("Question 3 of 11")).toBeInTheDocument();
  });

  it("prunes answers that the skip logic hides", async () => {
    // AUDIT: q1 "never" hides q2–q8, whatever was answered there.
    const { store } = await takeOver({ answers: { q1: "never", q2: "one-two", q3: "never", q5: "daily", q9: "no" }, step: { kind: "question", itemId: "q10" } }, auditContent);
    expect(store.getState().answers).toEqual({ q1: "never", q9: "no" });
    expect(store.getState().step).toEqual({ kind: "question", itemId: "q10" });
    expect(await screen.findByRole("group", { name: auditEn.items["q10"]!.text })).toBeInTheDocument();
    expect(screen.getByText("Question 3 of 3")).toBeInTheDocument();
    // AUDIT asks no sex: its last question leads straight to the result.
    expect(screen.getByRole("button", { name: "See my result" })).toBeInTheDocument();
  });

  it("a question the answers do not reach falls back to the first unanswered question", async () => {
    const { store } = await takeOver({ answers: { q1: "never", q2: "never" }, step: { kind: "question", itemId: "q7" } });
    expect(store.getState().step).toEqual({ kind: "question", itemId: "q3" });
    expect(store.getState().answers).toEqual({ q1: "never", q2: "never" });
    expect(await screen.findByText("Question 3 of 11")).toBeInTheDocument();
  });

  it("a question with a gap before it falls back to the gap", async () => {
    const { store } = await takeOver({ answers: { q1: "never", q2: "never", q4: "never", q5: "never" }, step: { kind: "question", itemId: "q6" } });
    expect(store.getState().step).toEqual({ kind: "question", itemId: "q3" });
  });

  it("a result the answers do not reach falls back to the first unanswered question, unscored", async () => {
    const answers = Object.fromEntries(["q1", "q2", "q3", "q4", "q5"].map((id) => [id, id === "q3" ? "none" : "never"]));
    const { store } = await takeOver({ answers, step: { kind: "result" }, sex: "female" });
    expect(store.getState().step).toEqual({ kind: "question", itemId: "q6" });
    expect(store.getState().result).toBeNull();
    expect(await screen.findByText("Question 6 of 11")).toBeInTheDocument();
  });

  it("a step the answers do not reach, with every question answered, goes on past the questions (DUDIT: the sex question)", async () => {
    const answers = Object.fromEntries(["q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9", "q10", "q11"].map((id) => [id, id === "q3" ? "none" : id === "q10" || id === "q11" ? "no" : "never"]));
    // "q12" is no question of DUDIT: there is no unanswered question to fall back to.
    const { store } = await takeOver({ answers, step: { kind: "question", itemId: "q12" } });
    expect(store.getState().answers).toEqual(answers);
    expect(store.getState().step).toEqual({ kind: "profile" });
    expect(await screen.findByRole("group", { name: "What is your sex?" })).toBeInTheDocument();
  });

  it("a pending choice preselects its radio, without recording an answer", async () => {
    const { store, user } = await takeOver({ answers: { q1: "never", q2: "never" }, step: { kind: "question", itemId: "q3" }, selected: "three-four" });
    expect(await screen.findByText("Question 3 of 11")).toBeInTheDocument();
    expect(radio(en, "q3", "three-four")).toBeChecked();
    expect(store.getState().answers).toEqual({ q1: "never", q2: "never" });
    // Next submits the preselected choice.
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(await screen.findByText("Question 4 of 11")).toBeInTheDocument();
    expect(store.getState().answers).toEqual({ q1: "never", q2: "never", q3: "three-four" });
  });

  it("on the sex question, a pending choice preselects its radio", async () => {
    const answers = Object.fromEntries(["q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9", "q10", "q11"].map((id) => [id, id === "q3" ? "none" : id === "q10" || id === "q11" ? "no" : "never"]));
    const { store } = await takeOver({ answers, step: { kind: "profile" }, selected: "female" });
    expect(store.getState().step).toEqual({ kind: "profile" });
    const group = await screen.findByRole("group", { name: "What is your sex?" });
    expect(within(group).getByRole("radio", { name: "Female" })).toBeChecked();
    expect(store.getState().profile).toEqual({});
  });

  it("handing over at the result scores it", async () => {
    // Points from questionnaires/dudit/1.0.0.json: q1 2, q2 1, q3 2, q4 1, q5 0, q6 2, q7 0, q8 0, q9 3, q10 0, q11 4.
    const answers = {
      q1: "two-to-four-a-month",
      q2: "monthly-or-less",
      q3: "three-four",
      q4: "less-than-monthly",
      q5: "never",
      q6: "monthly",
      q7: "never",
      q8: "never",
      q9: "weekly",
      q10: "no",
      q11: "yes-past-year",
    };
    const { store } = await takeOver({ answers, step: { kind: "result" }, sex: "male" });
    expect(store.getState().step).toEqual({ kind: "result" });
    expect(store.getState().profile).toEqual({ sex: "male" });
    expect(await screen.findByText("You scored 15 out of 44.")).toBeInTheDocument();
    // 15 is in the men's band 6–24.
    expect(screen.getAllByText(en.bands["drug-related-problems"]!.label).length).toBeGreaterThan(0);
  });

  it("ignores a hand-over of another check, and an unknown sex", async () => {
    const { store } = await takeOver({ check: "audit@1.0.0", answers: { q1: "never" }, step: { kind: "question", itemId: "q9" } });
    expect(store.getState().step).toEqual({ kind: "question", itemId: "q1" });
    expect(store.getState().answers).toEqual({});
    cleanup();
    const answers = Object.fromEntries(["q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9", "q10", "q11"].map((id) => [id, id === "q3" ? "none" : id === "q10" || id === "q11" ? "no" : "never"]));
    const second = await takeOver({ answers, step: { kind: "profile" }, sex: "robot" });
    expect(second.store.getState().profile).toEqual({});
  });

  it("'checks' (the person chose another check) opens the check screen", async () => {
    const { store } = await takeOver({ answers: {}, step: { kind: "checks" } });
    expect(store.getState().step).toEqual({ kind: "start" });
    expect(await screen.findByRole("heading", { level: 1, name: "Choose a check" })).toBeInTheDocument();
  });

  it("keeps the 'choose an answer' message the first script was showing", async () => {
    // Next pressed on question 3 without a choice: the page showed the message when the app took over.
    await takeOver({ answers: { q1: "never", q2: "never" }, step: { kind: "question", itemId: "q3" }, showingError: true });
    expect(await screen.findByText("Question 3 of 11")).toBeInTheDocument();
    expect(screen.getByText("Choose an answer to continue.")).toBeInTheDocument();
  });
});

describe("focus after the hand-over", () => {
  // jsdom has no CSS.escape; the values used here need no escaping.
  const css = globalThis as { CSS?: { escape(value: string): string } };
  css.CSS ??= { escape: (value: string) => value };

  it("goes to the app's own copy of the radio that had it", async () => {
    await takeOver({ answers: { q1: "never", q2: "never" }, step: { kind: "question", itemId: "q3" }, selected: "three-four" });
    await screen.findByText("Question 3 of 11");
    restoreFocus({ kind: "radio", name: "q3", value: "three-four" });
    expect(radio(en, "q3", "three-four")).toHaveFocus();
  });

  it("goes to 'Choose another check' on question 1", async () => {
    await takeOver({});
    await screen.findByText("Question 1 of 11");
    restoreFocus({ kind: "change-check" });
    expect(screen.getByRole("button", { name: "Choose another check" })).toHaveFocus();
  });
});
