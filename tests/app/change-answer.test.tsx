// @vitest-environment jsdom
import "@testing-library/jest-dom/vitest";
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { instrumentText } from "./content";
import { renderApp } from "./render-app";
import { answer, begin, optionLabel } from "./steps";

afterEach(cleanup);

const en = instrumentText("en", "audit");

describe("going back and changing an answer", () => {
  it("keeps earlier answers, prunes those the change hides, and updates the total", { timeout: 30_000 }, async () => {
    const { user, store } = await renderApp();
    await begin(user, "Alcohol");
    await answer(user, en, "q1", "monthly-or-less");
    await answer(user, en, "q2", "three-four");
    await answer(user, en, "q3", "monthly");
    expect(await screen.findByText("Question 4 of 10")).toBeInTheDocument();
    await answer(user, en, "q4", "never");
    expect(store.getState().answers).toEqual({ q1: "monthly-or-less", q2: "three-four", q3: "monthly", q4: "never" });

    // Back four times to question 1: each earlier answer is shown checked.
    for (const itemId of ["q4", "q3", "q2", "q1"]) {
      await user.click(screen.getByRole("button", { name: "Back" }));
      const group = await screen.findByRole("group", { name: en.items[itemId]!.text });
      expect(screen.getByRole("heading", { level: 1, name: en.items[itemId]!.text })).toHaveFocus();
      const expected = store.getState().answers[itemId];
      if (itemId !== "q4") expect(within(group).getByRole("radio", { name: optionLabel(en, itemId, expected) })).toBeChecked();
    }
    expect(screen.getByText("Question 1 of 10")).toBeInTheDocument();

    // "Never" hides items 2-8: their answers go, the total drops to 3.
    await answer(user, en, "q1", "never");
    expect(store.getState().answers).toEqual({ q1: "never" });
    expect(await screen.findByText("Question 2 of 3")).toBeInTheDocument();
    expect(screen.getByRole("group", { name: en.items["q9"]!.text })).toBeInTheDocument();

    // Back again and change back: the hidden questions return, unanswered.
    await user.click(screen.getByRole("button", { name: "Back" }));
    await answer(user, en, "q1", "monthly-or-less");
    expect(await screen.findByText("Question 2 of 10")).toBeInTheDocument();
    const q2 = screen.getByRole("group", { name: en.items["q2"]!.text });
    for (const radio of within(q2).getAllByRole("radio")) expect(radio).not.toBeChecked();
  });

  it("asks for an answer before moving on", { timeout: 30_000 }, async () => {
    const { user } = await renderApp();
    await begin(user, "Alcohol");
    await screen.findByText("Question 1 of 10");
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(screen.getByText("Choose an answer to continue.")).toBeInTheDocument();
    expect(screen.getByText("Question 1 of 10")).toBeInTheDocument();
    expect(within(screen.getByRole("group", { name: en.items["q1"]!.text })).getAllByRole("radio")[0]).toHaveFocus();
  });
});
