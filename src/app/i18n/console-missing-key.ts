import { describeMissingKey, type MissingKey } from "./missing-key";

/**
 * The e2e build reports a missing UI text key on the console with this prefix, and the e2e
 * harness fails any test in which it appears (tests/e2e/support/missing-keys.ts).
 */
export const MISSING_KEY_PREFIX = "selfcheck: missing UI text key";

export function reportMissingKeyOnConsole(missing: MissingKey): void {
  console.error(`${MISSING_KEY_PREFIX} ${describeMissingKey(missing)}`);
}
