import { useEffect } from "react";
import type { AppStore } from "../store/create-store";

/** Escape leaves at once, from anywhere (but not while an input method is composing text). */
export function useQuickExitKey(store: AppStore): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !event.isComposing) store.getState().quickExit();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [store]);
}
