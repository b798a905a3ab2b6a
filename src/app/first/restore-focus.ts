import type { FocusTarget } from "../../wizard/handover";

/** Focuses the app's own copy of the element that had focus in the first script's markup. */
export function restoreFocus(target: FocusTarget | null): void {
  if (target === null) return;
  const selectors: Record<FocusTarget["kind"], string> = {
    radio: target.kind === "radio" ? `#main input[type=radio][name="${CSS.escape(target.name)}"][value="${CSS.escape(target.value)}"]` : "",
    submit: "#main form button[type=submit]",
    heading: "#main-heading",
    back: "#main .back-link",
    "change-check": "#change-check",
    "quick-exit": "#quick-exit",
    language: target.kind === "language" ? `.language-links a[data-language="${CSS.escape(target.language)}"]` : "",
  };
  document.querySelector<HTMLElement>(selectors[target.kind])?.focus({ preventScroll: true });
}
