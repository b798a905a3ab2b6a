// @vitest-environment jsdom
import "@testing-library/jest-dom/vitest";
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { encodeResultCode, score } from "../../src/engine";
import { definition, instrumentText } from "./content";
import { renderApp } from "./render-app";
import { answer, answerSex, begin } from "./steps";

afterEach(cleanup);

const dudit = definition("dudit");
const en = instrumentText("en", "dudit");

const PLAN: [string, string][] = [
  ["q1", "two-to-four-a-month"],
  ["q2", "monthly-or-less"],
  ["q3", "one-two"],
  ["q4", "less-than-monthly"],
  ["q5", "never"],
  ["q6", "never"],
  ["q7", "less-than-monthly"],
  ["q8", "never"],
  ["q9", "monthly"],
  ["q10", "no"],
  ["q11", "yes-not-past-year"],
];

describe("a whole DUDIT run", () => {
  it("reaches the result that score() gives for the same answers", { timeout: 60_000 }, async () => {
    const { user } = await renderApp();
    await begin(user, "Drugs");
    for (const [index, [itemId, optionId]] of PLAN.entries()) {
      expect(await screen.findByText(`Question ${index + 1} of 11`)).toBeInTheDocument();
      // DUDIT's cut-offs depend on sex, so even the last question leads on with "Next" to the sex question.
      await answer(user, en, itemId, optionId, "Next", index === 0);
    }
    await answerSex(user, "Prefer not to say");
    const heading = await screen.findByRole("heading", { level: 1, name: "Your result" });
    expect(heading).toHaveFocus();

    const outcome = score(dudit, Object.fromEntries(PLAN), { sex: "not-given" });
    if (!outcome.ok) throw new Error("the plan must score");
    const total = outcome.result.scores[0]!;
    const main = screen.getByRole("main");
    const bandText = en.bands[total.band.feedback]!;
    expect(within(main).getAllByText(bandText.label).length).toBeGreaterThan(0);
    expect(within(main).getByText(`You scored ${total.value} out of ${total.max}.`)).toBeInTheDocument();
    expect(within(main).getByText(bandText.meaning)).toBeInTheDocument();
    for (const advice of bandText.advice) expect(within(main).getByText(advice)).toBeInTheDocument();
    // Undisclosed sex: the lower cut-off, and the result says so.
    expect(outcome.result.notices).toHaveLength(1);
    expect(within(main).getByText(/we used the lower one, the cut-off for women/)).toBeInTheDocument();

    const scale = within(main).getByRole("img");
    expect(scale).toHaveAccessibleName(new RegExp(`Your score, ${total.value}, is in part ${total.band.index + 1}: ${bandText.label}`));

    // Services: counselling tier -> counselling, helpline, harm reduction, then the rest.
    const services = within(main).getByRole("region", { name: "Where you can find support in Testland" });
    const names = within(services)
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.textContent);
    expect(total.referralTier).toBe("counselling");
    expect(names).toEqual(["Test counselling service", "Test helpline", "Test harm reduction", "Test treatment centre"]);
    const website = within(services)
      .getAllByRole("link")
      .find((link) => link.getAttribute("href") === "https://example.org/counselling");
    expect(website).toHaveAttribute("rel", "noopener noreferrer");
    expect(within(services).getByRole("link", { name: "+38900000000" })).toHaveAttribute("href", "tel:+38900000000");
    expect(within(services).getAllByText(/Details checked:/).length).toBe(4);

    // One emergency box: on the result, right after the services (the footer leaves it out there).
    expect(screen.getAllByRole("link", { name: "Call 112" })).toHaveLength(1);
    expect(screen.getAllByRole("region", { name: "In an emergency" })).toHaveLength(1);
    expect(services.compareDocumentPosition(within(main).getByRole("region", { name: "In an emergency" })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // One honest line on the wording, and no "About the questions" section.
    expect(within(main).getByText("The questions use the questionnaire's published wording as found in several reproductions; it has not yet been checked against the original.")).toBeInTheDocument();
    expect(within(main).queryByRole("heading", { name: "About the questions" })).not.toBeInTheDocument();
    for (const name of ["Print", "Do another check", "Clear and leave", "Quick exit"]) {
      expect(screen.getByRole("button", { name })).toBeInTheDocument();
    }
    expect(within(main).getByText(/your browser may still remember/)).toBeInTheDocument();
  });

  it("shows the safety message when a flag fires and offers a result code", { timeout: 60_000 }, async () => {
    const { user, store } = await renderApp();
    await begin(user, "Drugs");
    for (const [index, item] of dudit.items.entries()) await answer(user, en, item.id, item.options.at(-1)!.id, "Next", index === 0);
    await answerSex(user, "Male");
    await screen.findByRole("heading", { level: 1, name: "Your result" });
    expect(screen.getByText(en.flags["stopping-safely"]!)).toBeInTheDocument();
    expect(screen.getByText("You scored 44 out of 44.")).toBeInTheDocument();
    const { definition: scored, answers: given, profile: told } = store.getState();
    // The code carries the month of the check (YYMM) between the answers and the check symbols.
    const today = new Date();
    const code = encodeResultCode(scored!, given, told, { year: today.getFullYear(), month: today.getMonth() + 1 });
    const yymm = `${String(today.getFullYear() - 2000).padStart(2, "0")}${String(today.getMonth() + 1).padStart(2, "0")}`;
    expect(code).toMatch(new RegExp(`^DUDIT-1\\.0\\.0-[0-9A-Z]+-${yymm}-[0-9A-Z]{4}$`));
    expect(screen.getByText(code!)).toBeInTheDocument();
    // Treatment tier: treatment first.
    const services = screen.getByRole("region", { name: "Where you can find support in Testland" });
    expect(within(services).getAllByRole("heading", { level: 3 })[0]).toHaveTextContent("Test treatment centre");

    // On a country page, "Do another check" starts the same check again from question 1, with nothing kept.
    await user.click(screen.getByRole("button", { name: "Do another check" }));
    expect(await screen.findByRole("heading", { level: 1, name: en.items["q1"]!.text })).toHaveFocus();
    expect(screen.getByText("Question 1 of 11")).toBeInTheDocument();
    for (const radio of within(screen.getByRole("group", { name: en.items["q1"]!.text })).getAllByRole("radio")) expect(radio).not.toBeChecked();
    expect(screen.getByRole("button", { name: "Choose another check" })).toBeInTheDocument();
    expect(store.getState().answers).toEqual({});
    expect(store.getState().profile).toEqual({});
    expect(store.getState().result).toBeNull();
    expect(store.getState().countryCode).toBe("XX");
    // The sex given before is not kept either: the sex question comes again, unanswered.
    for (const item of dudit.items) await answer(user, en, item.id, item.options[0]!.id);
    const sex = await screen.findByRole("group", { name: "What is your sex?" });
    for (const radio of within(sex).getAllByRole("radio")) expect(radio).not.toBeChecked();
  });
});
