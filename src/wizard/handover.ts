/**
 * What the first script (src/first/) hands to the app when the app takes over a country page:
 * where the person is and what they chose so far, so that nothing is lost, repeated or asked
 * again. It lives in memory only (a property of window), never in storage, URL or history.
 */
import type { FlowStep } from "./flow";

/** A step of the check, or "checks": the person asked to choose another check. */
export type HandOverStep = FlowStep | { kind: "checks" };

/** The element that had focus, described so the app can focus its own copy of it. */
export type FocusTarget =
  | { kind: "radio"; name: string; value: string }
  | { kind: "submit" }
  | { kind: "heading" }
  | { kind: "back" }
  | { kind: "change-check" }
  | { kind: "quick-exit" }
  | { kind: "language"; language: string };

export type HandOver = {
  /** The check the first script ran ("id@version"). */
  check: string;
  answers: Record<string, string>;
  step: HandOverStep;
  /** A radio chosen on the screen shown but not yet submitted with Next. */
  selected: string | null;
  /** The sex answer, once the sex question has been submitted. */
  sex: string | null;
  /** The error message of the screen shown was visible (Next pressed without a choice). */
  showingError: boolean;
  focus: FocusTarget | null;
};

export type FirstScript = {
  /**
   * Runs `run` at once when no press (finger, mouse button, Space) is under way on the page,
   * otherwise once it is released and its click handled: the app takes over inside `run`, so a
   * press never starts on the first script's markup and ends on the app's.
   */
  betweenPresses(run: () => void): void;
  /** Stops the first script (it no longer reacts to anything) and returns where the person is. */
  takeOver(): HandOver;
};

declare global {
  interface Window {
    selfcheckFirst?: FirstScript;
  }
}
