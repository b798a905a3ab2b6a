/**
 * What screens derive from the app's state and the store's config, asked here so that no
 * screen re-derives it its own way. A selector that returns a stored value or a primitive can
 * go to useApp as it is (zustand compares with Object.is); one that builds a list is called
 * on values the component has selected.
 */
import type { StoreConfig } from "./config";
import { offersIn, type Offer } from "./offers";
import type { AppData, AppState } from "./state";

/** On the country page the person landed on, before they chose another check there (src/wizard/screen.ts). */
export const selectLandedHere =
  (config: StoreConfig) =>
  (state: AppState): boolean =>
    config.landing !== null && !state.choseCheck;

/** Each check offered in the language shown, with whether it can be taken. */
export const selectOffers = (state: AppData, config: StoreConfig): Offer[] => offersIn({ ...state, textStatus: config.textStatus }, config.questionnaireKeys, state.language);

/** Whether the check chosen can start: it is offered and can be taken in the language shown. */
export const selectCanStart = (state: AppData, config: StoreConfig): boolean => selectOffers(state, config).some((offer) => offer.key === state.questionnaireKey && offer.availability === "available");
