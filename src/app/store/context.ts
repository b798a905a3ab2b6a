import { createContext, useContext } from "react";
import { useStore } from "zustand";
import type { AppStore } from "./create-store";
import type { AppState } from "./state";
import type { StoreConfig } from "./config";

export const StoreContext = createContext<AppStore | null>(null);

export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (store === null) throw new Error("useApp needs <StoreContext.Provider>");
  return store;
}

/** What never changes while the app runs (languages, checks, the page landed on): not state, so nothing to subscribe to. */
export function useStoreConfig(): StoreConfig {
  return useAppStore().config;
}

/** Select a slice of the app state; return stored values, not new objects (zustand 5 compares with Object.is). */
export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStore(), selector);
}
