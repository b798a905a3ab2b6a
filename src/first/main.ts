/**
 * The first script of a country page (/<cc>/, /<cc>/<lang>/): a few kilobytes that make the
 * pre-rendered question 1 work before the app's script has arrived on a slow link. It runs the
 * questions with the engine's own skip logic (src/wizard/flow.ts), then the sex question
 * where the check needs it, and loads the app once the page has painted. When the app has
 * loaded, it calls takeOver(): this script stops and hands over where the person is and what
 * they chose, in memory only. It never scores: the app does, with the engine.
 */
import { afterAnswer, firstStep, stepBack } from "../wizard/flow";
import type { FocusTarget, HandOver, HandOverStep } from "../wizard/handover";
import { PAGE_DATA_ID, type FirstPageData } from "../wizard/page-data";
import { findParts, render, showError, type FormParts } from "./dom";
import { ownEntriesBelow, replaceSiteEntries } from "../browser/step-entries";
import { closeMenuOnEscape, escapeMayLeave } from "../browser/escape-key";
import { followHistoryFirst } from "./history";
import { scrollBelowHeader, showStepTop } from "../browser/below-header";
import { questionScreenOf, sexScreen, titleOf } from "./screens";
import { watchPresses } from "./presses";

function readPageData(): FirstPageData | null {
  const block = document.getElementById(PAGE_DATA_ID);
  try {
    return block === null ? null : (JSON.parse(block.textContent ?? "") as FirstPageData);
  } catch {
    return null;
  }
}

function describeFocus(element: Element | null, parts: FormParts): FocusTarget | null {
  if (element instanceof HTMLInputElement && element.type === "radio") return { kind: "radio", name: element.name, value: element.value };
  if (element === parts.submit) return { kind: "submit" };
  if (element === parts.heading) return { kind: "heading" };
  if (element === parts.back) return { kind: "back" };
  if (element?.id === "change-check") return { kind: "change-check" };
  if (element?.id === "quick-exit") return { kind: "quick-exit" };
  const language = element instanceof HTMLElement ? element.dataset["language"] : undefined;
  return language === undefined ? null : { kind: "language", language };
}

function start(data: FirstPageData, parts: FormParts): void {
  const definition = { items: data.items, profile: data.profile };
  let answers: Record<string, string> = {};
  let step: HandOverStep = firstStep(definition, answers);
  let selected: string | null = null;
  let sex: string | null = null;
  let showingError = false;

  const screenOf = (current: { kind: "question"; itemId: string } | { kind: "profile" }) => (current.kind === "profile" ? sexScreen(data) : questionScreenOf(data, answers, current.itemId, selected));

  const show = (next: HandOverStep, focusHeading: boolean): void => {
    step = next;
    showingError = false;
    if (next.kind === "question" || next.kind === "profile") {
      selected = next.kind === "profile" ? sex : (answers[next.itemId] ?? null);
      // Back from the result or the check list, which are shown as "loading" until the app arrives.
      parts.form.removeAttribute("aria-busy");
      parts.submit.disabled = false;
      const screen = screenOf(next);
      render(parts, screen, selected);
      document.title = titleOf(data, answers, next.kind === "question" ? next.itemId : null);
    } else {
      // The result, or another check: the app shows them once it has loaded (it is on its way).
      parts.form.setAttribute("aria-busy", "true");
      parts.submit.disabled = true;
      parts.submit.textContent = data.labels.loading;
    }
    if (focusHeading) showStepTop(parts.heading);
  };

  const onChange = (event: Event): void => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== "radio" || !parts.form.contains(input)) return;
    selected = input.value;
    if (showingError) showError(parts, null);
    showingError = false;
    if (step.kind === "question") parts.submit.textContent = screenOf(step).submitLabel;
  };
  const onSubmit = (event: SubmitEvent): void => {
    if (event.target !== parts.form) return;
    event.preventDefault();
    if (step.kind !== "question" && step.kind !== "profile") return;
    if (selected === null) {
      showError(parts, data.labels.error);
      showingError = true;
      scrollBelowHeader(parts.fieldset.querySelector(".error-message"));
      parts.radios.querySelector("input")?.focus({ preventScroll: true });
      return;
    }
    if (step.kind === "profile") {
      sex = selected;
      show({ kind: "result" }, false);
      steps.pushStep();
      return;
    }
    const next = afterAnswer(definition, answers, step.itemId, selected);
    answers = { ...next.answers };
    show(next.step, true);
    steps.pushStep();
  };
  /** One step back, as the Back link does; false from question 1. */
  const goBack = (): boolean => {
    if (step.kind === "checks") {
      show(firstStep(definition, {}), true);
      return true;
    }
    if (step.kind === "profile") sex = selected;
    const previous = stepBack(definition, answers, step);
    if (previous !== null) show(previous, true);
    return previous !== null;
  };
  /** Forward again over an answer given (the system Forward after Back). */
  const goForward = (): boolean => {
    if (step.kind !== "question" || answers[step.itemId] === undefined) return false;
    show(afterAnswer(definition, answers, step.itemId, answers[step.itemId] ?? "").step, true);
    return true;
  };
  const leave = (): void => {
    answers = {};
    replaceSiteEntries(data.quickExitUrl);
  };
  const onClick = (event: MouseEvent): void => {
    const target = event.target instanceof Element ? event.target.closest("button") : null;
    if (target === null) return;
    if (target.id === "quick-exit") {
      leave();
    } else if (target === parts.back && (step.kind === "question" || step.kind === "profile")) {
      // Through the history when Next pushed an entry, so the system Back and this one agree.
      if (ownEntriesBelow() > 0) window.history.back();
      else goBack();
    } else if (target.id === "change-check") {
      show({ kind: "checks" }, false);
      steps.pushStep();
    }
  };
  const onKey = (event: KeyboardEvent): void => {
    if (!closeMenuOnEscape(event) && escapeMayLeave(event)) leave();
  };
  const steps = followHistoryFirst({
    back: goBack,
    forward: goForward,
    forget: () => {
      answers = {};
      sex = null;
      show(firstStep(definition, answers), false);
    },
  });

  const root = document.getElementById("root") ?? document.body;
  root.addEventListener("change", onChange);
  root.addEventListener("submit", onSubmit);
  root.addEventListener("click", onClick);
  document.addEventListener("keydown", onKey);

  const presses = watchPresses(window);
  window.selfcheckFirst = {
    betweenPresses: presses.betweenPresses,
    takeOver(): HandOver {
      presses.stop();
      root.removeEventListener("change", onChange);
      root.removeEventListener("submit", onSubmit);
      root.removeEventListener("click", onClick);
      document.removeEventListener("keydown", onKey);
      steps.stop();
      const handOver = { check: data.check, answers, step, selected, sex, showingError, focus: describeFocus(document.activeElement, parts) };
      answers = {};
      return handOver;
    },
  };
}

/** Loads the app after the first paint, so its bytes never compete with question 1 for the link. */
function loadApp(data: FirstPageData): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      for (const href of data.preload) {
        const link = document.createElement("link");
        link.rel = "modulepreload";
        link.href = href;
        document.head.append(link);
      }
      void import(/* @vite-ignore */ data.app);
    }, 0),
  );
}

const data = readPageData();
const parts = findParts(document);
if (data !== null && parts !== null) {
  start(data, parts);
  loadApp(data);
}
