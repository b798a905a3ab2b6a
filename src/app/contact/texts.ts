import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ContentError } from "../content/problem";

type Loader = () => Promise<unknown>;
// One small chunk per language, fetched with the contact chunk and never precached.
const textFiles: Record<string, Loader> = import.meta.glob("/locales/*/contact.json", { import: "default" });

export const CONTACT_NAMESPACE = "contact";

/** Adds the contact texts of the page's language to i18next (no fallback to another language). */
export function useContactTexts(language: string): "loading" | "ready" | "missing" {
  const { i18n } = useTranslation();
  const [state, setState] = useState<"loading" | "ready" | "missing">(() => (i18n.hasResourceBundle(language, CONTACT_NAMESPACE) ? "ready" : "loading"));
  useEffect(() => {
    if (i18n.hasResourceBundle(language, CONTACT_NAMESPACE)) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- a language switch to one whose texts are already loaded: no fetch to wait for
      setState("ready");
      return;
    }
    const path = `/locales/${language}/contact.json`;
    const load = textFiles[path];
    if (load === undefined) {
      setState("missing");
      console.error(new ContentError({ file: path.slice(1), issues: [{ path: "$", message: "the file does not exist" }] }).message);
      return;
    }
    let live = true;
    void load().then((bundle) => {
      i18n.addResourceBundle(language, CONTACT_NAMESPACE, bundle as Record<string, unknown>, true, true);
      if (live) setState("ready");
    });
    return () => {
      live = false;
    };
  }, [i18n, language]);
  return state;
}
