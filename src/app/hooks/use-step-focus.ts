import { useEffect, useRef } from "react";
import { showStepTop } from "../../browser/below-header";

/**
 * On every step (not on the first screen) the page shows its top (progress, Back and the
 * whole question, none under the sticky header) and focus moves to the new page's heading, so
 * a screen reader reads the new question and keyboard users start from the top.
 */
export function useStepFocus(stepKey: string): void {
  const previous = useRef<string | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = stepKey;
    if (before === null || before === "loading" || before === stepKey) return;
    showStepTop(document.getElementById("main-heading"));
  }, [stepKey]);
}
