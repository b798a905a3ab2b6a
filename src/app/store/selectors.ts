/**
 * What screens derive from the app's state, asked here so that no screen re-derives it its
 * own way. Each returns a stored value or a primitive (zustand compares with Object.is), so
 * each can be passed to useApp as it is.
 */
import type { AppState } from "./state";

/** On the country page the person landed on, before they chose another check there (src/wizard/screen.ts). */
export const selectLandedHere = (state: AppState): boolean => state.landing !== null && !state.choseCheck;
