// @vitest-environment jsdom
/**
 * The history entries of the check (issue 15.5): one per step, with the page's own URL and
 * only a count in their state, never an answer; the quick exit goes back over them first.
 */
import { describe, expect, it } from "vitest";
import { entryDepth, markLoadedEntry, ownEntriesBelow, pushStepEntry, readStepEntry } from "../../../src/browser/step-entries";

describe("step entries", () => {
  it("count up from the entry the page was loaded on, keep the URL, and hold numbers only", () => {
    const url = window.location.href;
    markLoadedEntry();
    expect(entryDepth()).toBe(0);
    pushStepEntry();
    pushStepEntry();
    expect(entryDepth()).toBe(2);
    expect(ownEntriesBelow()).toBe(2);
    expect(window.location.href).toBe(url);
    const state = readStepEntry(window.history.state);
    expect(state).not.toBeNull();
    expect(Object.values(state ?? {}).every((value) => typeof value === "number")).toBe(true);
  });

  it("counts entries an earlier load pushed as not its own (they cannot be gone back over without leaving)", () => {
    window.history.replaceState({ selfcheckStep: 5, selfcheckBase: 0, selfcheckDoc: performance.timeOrigin - 1000 }, "");
    expect(entryDepth()).toBe(5);
    expect(ownEntriesBelow()).toBe(0);
    pushStepEntry();
    expect(entryDepth()).toBe(6);
    expect(ownEntriesBelow()).toBe(1);
  });

  it("reads anything else as no entry of the check", () => {
    expect(readStepEntry(null)).toBeNull();
    expect(readStepEntry({ selfcheckStep: "1" })).toBeNull();
    expect(readStepEntry("q1")).toBeNull();
  });
});
