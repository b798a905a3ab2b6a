import type { i18n } from "i18next";
import { createI18n } from "../../src/app/i18n/create-i18n";
import { missingKeyReporting } from "../../src/app/i18n/missing-key";
import { recordMissingKey } from "../support/missing-keys";

/** The app's i18next set-up, with every missing key recorded so the test fails (tests/setup.ts). */
export function createTestI18n(): i18n {
  return createI18n({ missingKeys: missingKeyReporting(recordMissingKey) });
}
