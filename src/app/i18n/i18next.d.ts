/**
 * Types every t() key from the English UI texts, so a key that does not exist fails
 * `npm run typecheck` instead of reaching the screen as raw text (issue 12: the service
 * cards showed "access.free" and 570 tests passed). English is the reference because
 * `npm run validate` (src/cli/validate/ui-locales.ts) holds every other language to exactly its
 * keys; a key one language still lacks is caught at run time by the tests (tests/setup.ts).
 */
import "i18next";
import type common from "../../../locales/en/common.json";
import type contact from "../../../locales/en/contact.json";
import type intervention from "../../../locales/en/intervention.json";
import type results from "../../../locales/en/results.json";
import type wizard from "../../../locales/en/wizard.json";

declare module "i18next" {
  interface CustomTypeOptions {
    // As in createI18n and NAMESPACES (src/app/content/source.ts).
    defaultNS: "common";
    resources: {
      common: typeof common;
      wizard: typeof wizard;
      results: typeof results;
      // Loaded with the brief intervention's lazy chunk (src/app/brief/content.ts), not at start.
      intervention: typeof intervention;
      // Loaded with the contact chunk (src/app/contact/texts.ts), only when a contact screen opens.
      contact: typeof contact;
    };
    // Without this a call with a defaultValue takes any string as its key, which would let
    // a wrong key through the typecheck as long as it carries a default.
    strictKeyChecks: true;
  }
}
