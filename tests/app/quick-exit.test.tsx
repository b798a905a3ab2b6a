// @vitest-environment jsdom
import "@testing-library/jest-dom/vitest";
import { cleanup, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { instrumentText } from "./content";
import { renderApp } from "./render-app";
import { answer, answerSex, begin } from "./steps";

const en = instrumentText("en", "dudit");
let replace: ReturnType<typeof vi.fn>;

beforeEach(() => {
  replace = vi.fn();
  const original = window.location;
  vi.spyOn(window, "location", "get").mockReturnValue({ ...original, replace } as unknown as Location);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe("quick exit", () => {
  it("clears every answer and replaces the page with the country's neutral page", { timeout: 30_000 }, async () => {
    const { user, store } = await renderApp();
    await begin(user, "Drugs");
    await answer(user, en, "q1", "four-plus-a-week", "Next", true);
    await answer(user, en, "q2", "never");
    expect(Object.keys(store.getState().answers)).toHaveLength(2);

    await user.click(screen.getByRole("button", { name: "Quick exit" }));
    expect(replace).toHaveBeenCalledWith("https://example.org/weather");
    const state = store.getState();
    expect(state.answers).toEqual({});
    expect(state.profile).toEqual({});
    expect(state.result).toBeNull();
    expect(state.definition).toBeNull();
    expect(state.step).toEqual({ kind: "left" });
    expect(screen.queryByRole("main")).not.toBeInTheDocument();
  });

  it("works from the Escape key on any screen", { timeout: 30_000 }, async () => {
    const { user, store } = await renderApp();
    await begin(user, "Drugs");
    // The first screen of the page, before anything is answered.
    await user.keyboard("{Escape}");
    expect(replace).toHaveBeenCalledWith("https://example.org/weather");
    expect(store.getState().step).toEqual({ kind: "left" });
  });

  it("works from the Escape key on the sex question", { timeout: 30_000 }, async () => {
    const { user, store } = await renderApp();
    await begin(user, "Alcohol, quick check");
    const auditC = instrumentText("en", "audit-c");
    await answer(user, auditC, "q1", "never");
    await screen.findByRole("group", { name: "What is your sex?" });
    await user.keyboard("{Escape}");
    expect(replace).toHaveBeenCalledWith("https://example.org/weather");
    expect(store.getState().step).toEqual({ kind: "left" });
    expect(store.getState().answers).toEqual({});
  });

  it("'Clear and leave' on the result does the same", { timeout: 30_000 }, async () => {
    const { user, store } = await renderApp();
    await begin(user, "Alcohol, quick check");
    // AUDIT-C's cut-offs depend on sex: "Never" ends the questions, and the sex question follows.
    await answer(user, instrumentText("en", "audit-c"), "q1", "never", "Next");
    await answerSex(user, "Female");
    await screen.findByRole("heading", { level: 1, name: "Your result" });
    await user.click(screen.getByRole("button", { name: "Clear and leave" }));
    expect(replace).toHaveBeenCalledWith("https://example.org/weather");
    expect(store.getState().answers).toEqual({});
  });
});
