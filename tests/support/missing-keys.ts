import { describeMissingKey, type MissingKey } from "../../src/app/i18n/missing-key";

/**
 * Missing UI text keys reported by any test i18n instance (tests/app/test-i18n.ts) during the
 * current test. tests/setup.ts fails the test if any are left at its end.
 */
const recorded: MissingKey[] = [];

export function recordMissingKey(missing: MissingKey): void {
  recorded.push(missing);
}

/** Returns the keys recorded so far, as "namespace:key (language)", and forgets them. */
export function takeMissingKeys(): string[] {
  return recorded.splice(0).map(describeMissingKey);
}
