import { formatPath } from "../../engine";
import { textLeaves } from "./avoided-words";

/** How every placeholder that "npm run new-country" writes begins. */
export const PLACEHOLDER = "TODO";

/**
 * The places in a file that still hold a scaffold placeholder ("TODO: ..."). Each is an error,
 * so that a scaffolded country can never ship before its team has filled it in.
 */
export function findPlaceholders(value: unknown): { path: string; text: string }[] {
  return textLeaves(value)
    .filter((leaf) => leaf.text.trimStart().startsWith(PLACEHOLDER))
    .map((leaf) => ({ path: formatPath(leaf.path), text: leaf.text }));
}
