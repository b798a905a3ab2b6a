// @vitest-environment jsdom
import "@testing-library/jest-dom/vitest";
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { score } from "../../src/engine";
import { definition, instrumentText } from "./content";
import { renderApp } from "./render-app";
import { answer, begin } from "./steps";

afterEach(cleanup);

const audit = definition("audit");
const en = instrumentText("en", "audit");

describe("AUDIT skip logic", () => {
  it("jumps from q1 'Never' to q9, counts 3 questions, and asks no sex", { timeout: 30_000 }, async () => {
    const { user, store } = await renderApp();
    await begin(user, "Alcohol");
    // AUDIT has no profile question: straight to question 1 of 10.
    expect(await screen.findByText("Question 1 of 10")).toBeInTheDocument();
    expect(screen.queryByRole("group", { name: "What is your sex?" })).not.toBeInTheDocument();
    await answer(user, en, "q1", "never");
    expect(await screen.findByText("Question 2 of 3")).toBeInTheDocument();
    expect(screen.getByRole("group", { name: en.items["q9"]!.text })).toBeInTheDocument();
    await answer(user, en, "q9", "no");
    expect(await screen.findByText("Question 3 of 3")).toBeInTheDocument();
    await answer(user, en, "q10", "no", "See my result");

    await screen.findByRole("heading", { level: 1, name: "Your result" });
    const answers = { q1: "never", q9: "no", q10: "no" };
    expect(store.getState().answers).toEqual(answers);
    const outcome = score(audit, answers, {});
    if (!outcome.ok) throw new Error("must score");
    expect(screen.getByText(`You scored ${outcome.result.scores[0]!.value} out of 40.`)).toBeInTheDocument();
    expect(screen.getAllByText(en.bands[outcome.result.scores[0]!.band.feedback]!.label).length).toBeGreaterThan(0);
  });
});
