import { useEffect } from "react";
import type { i18n } from "i18next";
import { I18nextProvider } from "react-i18next";
import type { AppStore } from "./store/create-store";
import { StoreContext } from "./store/context";
import { Shell } from "./Shell";

/** The self-check. The store and the i18next instance are passed in, so tests can make their own. */
export function App({ store, i18n }: { store: AppStore; i18n: i18n }) {
  useEffect(() => {
    void store.getState().init();
  }, [store]);
  return (
    <StoreContext.Provider value={store}>
      <I18nextProvider i18n={i18n}>
        <Shell />
      </I18nextProvider>
    </StoreContext.Provider>
  );
}
