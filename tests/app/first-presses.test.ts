// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { watchPresses, type PressWatch } from "../../src/first/presses";

// The first script lets the app take over only between presses (src/first/presses.ts): a press
// that starts on its markup ends on its markup, and its click is handled before the takeover.

const pointer = (type: string, pointerId = 1): Event => Object.assign(new Event(type, { bubbles: true }), { pointerId });
const key = (type: string, name: string): Event => Object.assign(new Event(type, { bubbles: true }), { key: name });

let watch: PressWatch;
beforeEach(() => {
  vi.useFakeTimers();
  watch = watchPresses(window);
});
afterEach(() => {
  watch.stop();
  vi.useRealTimers();
});

describe("betweenPresses", () => {
  it("runs at once when nothing is pressed", () => {
    const run = vi.fn();
    watch.betweenPresses(run);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("waits through a press, its release and its click, then runs once, in a task after the click", () => {
    const run = vi.fn();
    window.dispatchEvent(pointer("pointerdown"));
    watch.betweenPresses(run);
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
    window.dispatchEvent(pointer("pointerup"));
    vi.advanceTimersByTime(10);
    expect(run, "released, its click not yet come").not.toHaveBeenCalled();
    window.dispatchEvent(new Event("click"));
    expect(run, "not inside the click's own dispatch").not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("waits for every finger to lift", () => {
    const run = vi.fn();
    window.dispatchEvent(pointer("pointerdown", 1));
    window.dispatchEvent(pointer("pointerdown", 2));
    watch.betweenPresses(run);
    window.dispatchEvent(pointer("pointerup", 1));
    window.dispatchEvent(new Event("click"));
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
    window.dispatchEvent(pointer("pointerup", 2));
    window.dispatchEvent(new Event("click"));
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("runs after a short grace when a release brings no click (a drag), and at once on a cancelled press", () => {
    const afterDrag = vi.fn();
    window.dispatchEvent(pointer("pointerdown"));
    watch.betweenPresses(afterDrag);
    window.dispatchEvent(pointer("pointerup"));
    vi.advanceTimersByTime(200);
    expect(afterDrag).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(afterDrag).toHaveBeenCalledTimes(1);

    const afterCancel = vi.fn();
    window.dispatchEvent(pointer("pointerdown"));
    watch.betweenPresses(afterCancel);
    window.dispatchEvent(pointer("pointercancel"));
    vi.advanceTimersByTime(0);
    expect(afterCancel).toHaveBeenCalledTimes(1);
  });

  it("waits while Space is held (a button clicks on its release)", () => {
    const run = vi.fn();
    window.dispatchEvent(key("keydown", " "));
    watch.betweenPresses(run);
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
    window.dispatchEvent(key("keyup", " "));
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("keeps waiting when focus moves between elements (a press focuses what it lands on), not when the window loses focus", () => {
    const run = vi.fn();
    window.dispatchEvent(pointer("pointerdown"));
    watch.betweenPresses(run);
    const input = document.createElement("input");
    document.body.append(input);
    input.dispatchEvent(new FocusEvent("blur"));
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
    window.dispatchEvent(new FocusEvent("blur"));
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
    input.remove();
  });

  it("stops watching when stopped", () => {
    watch.stop();
    window.dispatchEvent(pointer("pointerdown"));
    const run = vi.fn();
    watch.betweenPresses(run);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
