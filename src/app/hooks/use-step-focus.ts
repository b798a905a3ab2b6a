import { useEffect, useRef } from "react";

/**
 * On every step (not on the first screen) focus moves to the new page's heading, so a
 * screen reader reads the new question and keyboard users start from the top.
 */
export function useStepFocus(stepKey: string): void {
  const previous = useRef<string | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = stepKey;
    if (before === null || before === "loading" || before === stepKey) return;
    // Focusing also scrolls the heading into view.
    document.getElementById("main-heading")?.focus();
  }, [stepKey]);
}
