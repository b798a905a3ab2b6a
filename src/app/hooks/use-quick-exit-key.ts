import { useEffect } from "react";
import type { AppStore } from "../store/create-store";
import { closeMenuOnEscape, escapeMayLeave } from "../../browser/escape-key";

/**
 * Escape leaves at once, except where it means something else (issue 15.5): in a text field
 * (the plan), a select, or an open menu, which Escape closes instead. Not while an input method
 * is composing text either.
 */
export function useQuickExitKey(store: AppStore): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (closeMenuOnEscape(event)) return;
      if (escapeMayLeave(event)) store.getState().quickExit();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [store]);
}
