import { replaceSiteEntries } from "../browser/step-entries";

/**
 * Leaves for a neutral page so that the browser's Back cannot bring the self-check back: back
 * over the entries the check pushed (one per step), then replacing the one left.
 */
export function leaveTo(url: string): void {
  replaceSiteEntries(url);
}
