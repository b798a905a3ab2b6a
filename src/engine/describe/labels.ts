import type { Definition } from "../schema/definition";
import type { QuestionnaireLocale } from "../schema/questionnaire-locale";

/**
 * What a sentence needs to name things: item numbers (the instrument's order, 1-based), item
 * text and option labels from one locale. Built once per definition and locale.
 */
export type DescribeText = {
  items: ReadonlyMap<string, { number: number; text: string | undefined; options: ReadonlyMap<string, string> }>;
};

export function describeText(definition: Definition, locale?: QuestionnaireLocale): DescribeText {
  const items = new Map<string, { number: number; text: string | undefined; options: Map<string, string> }>();
  definition.items.forEach((item, index) => {
    const text = locale?.items[item.id];
    const options = new Map<string, string>();
    for (const option of item.options) options.set(option.id, text?.options[option.id] ?? option.id);
    items.set(item.id, { number: index + 1, text: text?.text, options });
  });
  return { items };
}

/** "item 4", or the id itself when the definition has no such item (a lint error elsewhere). */
export function itemName(text: DescribeText, itemId: string): string {
  const item = text.items.get(itemId);
  return item === undefined ? `item ${itemId}` : `item ${item.number}`;
}

/** An option's label in typographic quotes, falling back to its id when the locale lacks it. */
export function optionLabel(text: DescribeText, itemId: string, optionId: string): string {
  return `“${text.items.get(itemId)?.options.get(optionId) ?? optionId}”`;
}

/** "A", "A or B", "A, B or C" (the conjunction is a parameter: "or", "and"). */
export function joinWords(words: readonly string[], conjunction: string): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${conjunction} ${words[words.length - 1] ?? ""}`;
}

/** "items 1, 2 and 3" or "item 1". */
export function itemList(text: DescribeText, itemIds: readonly string[]): string {
  const numbers = itemIds.map((id) => String(text.items.get(id)?.number ?? id));
  return `${numbers.length === 1 ? "item" : "items"} ${joinWords(numbers, "and")}`;
}
