import type { Definition } from "./schema/definition";

/** Where a text is in an instrument's locale file, e.g. ["items", "q1", "options", "never"]. */
export type TextPath = (string | number)[];

/** Every text key a definition needs, as paths into its locale file. */
export function requiredTextKeys(definition: Definition): TextPath[] {
  const keys: TextPath[] = [["title"], ["intro"]];
  for (const item of definition.items) {
    keys.push(["items", item.id, "text"]);
    for (const option of item.options) keys.push(["items", item.id, "options", option.id]);
  }
  for (const set of definition.bands) for (const variant of set.variants) for (const band of variant.bands) keys.push(["bands", band.feedback]);
  for (const flag of definition.flags) keys.push(["flags", flag.message]);
  return keys;
}

/** The value at a path of a parsed JSON file; undefined where the path leads nowhere. */
export function textAt(locale: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), locale);
}

/** A text by its dotted key (e.g. "advice.messages.naloxone") in a parsed UI text file; undefined when missing or not a text. */
export function textByKey(texts: unknown, key: string): string | undefined {
  const value = textAt(texts, key.split("."));
  return typeof value === "string" ? value : undefined;
}

/**
 * The texts a definition needs that a locale file lacks (no silent fallback to English). The
 * locale may be a file whose shape is not checked yet, as the app loads it.
 */
export function missingTextKeys(definition: Definition, locale: unknown): TextPath[] {
  return requiredTextKeys(definition).filter((key) => textAt(locale, key) === undefined);
}
