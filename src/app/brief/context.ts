import { createContext, useContext } from "react";
import { useStore } from "zustand";
import type { BriefContent } from "./content";
import type { BriefState, BriefStore } from "./brief-store";

export const BriefContext = createContext<{ store: BriefStore; content: BriefContent } | null>(null);

function useBriefContext(): { store: BriefStore; content: BriefContent } {
  const value = useContext(BriefContext);
  if (value === null) throw new Error("brief components need <BriefContext.Provider>");
  return value;
}

export const useBriefStore = (): BriefStore => useBriefContext().store;
export const useBriefContent = (): BriefContent => useBriefContext().content;

/** Select a slice of the brief state (stored values, not new objects). */
export function useBrief<T>(selector: (state: BriefState) => T): T {
  return useStore(useBriefContext().store, selector);
}
