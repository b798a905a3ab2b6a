import type { Adjustment, BandVariant, Definition, Flag, Item } from "../schema/definition";
import type { QuestionnaireLocale } from "../schema/questionnaire-locale";
import { reachableRange } from "../ranges";
import { describeCondition, describeShowIf } from "./condition";
import { MISSING_TEXT } from "./document";
import { describeText, itemList, type DescribeText } from "./labels";
import { diffTexts } from "./diff-text";
import { diffMetadata } from "./diff-metadata";
import type { Change } from "./change";

type Context = { a: DescribeText; b: DescribeText; changes: Change[] };

const quoted = (words: string): string => `“${words}”`;
const points = (value: number): string => `${value} ${value === 1 ? "point" : "points"}`;

function itemTitle(context: Context, item: Item, side: "a" | "b"): string {
  const number = context[side].items.get(item.id)?.number;
  return `Item ${number ?? "?"} (${item.id})`;
}

function diffItem(context: Context, before: Item, after: Item): void {
  const push = (area: Change["area"], text: string) => context.changes.push({ area, affectsScoring: true, text });
  const title = itemTitle(context, after, "b");
  const labelA = (id: string) => quoted(context.a.items.get(before.id)?.options.get(id) ?? id);
  const labelB = (id: string) => quoted(context.b.items.get(after.id)?.options.get(id) ?? id);
  const numberA = context.a.items.get(before.id)?.number;
  const numberB = context.b.items.get(after.id)?.number;
  if (numberA !== numberB) push("item", `${title} moved from position ${numberA ?? "?"} to ${numberB ?? "?"}.`);
  for (const option of before.options) {
    const now = after.options.find((candidate) => candidate.id === option.id);
    if (now === undefined) push("option", `${title}: option ${labelA(option.id)} (${option.id}, ${points(option.points)}) was removed.`);
    else if (now.points !== option.points) push("option", `${title}: option ${labelB(option.id)} now scores ${points(now.points)} instead of ${option.points}.`);
  }
  for (const option of after.options) {
    if (!before.options.some((candidate) => candidate.id === option.id)) {
      push("option", `${title}: option ${labelB(option.id)} (${option.id}) was added, scoring ${points(option.points)}.`);
    }
  }
  const orderA = before.options.map((o) => o.id).filter((id) => after.options.some((o) => o.id === id));
  const orderB = after.options.map((o) => o.id).filter((id) => before.options.some((o) => o.id === id));
  if (orderA.join() !== orderB.join()) push("option", `${title}: the options are in a different order: ${orderB.join(", ")} (was ${orderA.join(", ")}).`);
  const showA = describeShowIf(before.showIf, context.a);
  const showB = describeShowIf(after.showIf, context.b);
  if (JSON.stringify(before.showIf) !== JSON.stringify(after.showIf)) {
    push("item", `${title}: the skip logic changed: now ${showB} (was ${showA}).`);
  }
}

function diffItems(context: Context, a: Definition, b: Definition): void {
  for (const item of a.items) {
    const now = b.items.find((candidate) => candidate.id === item.id);
    if (now === undefined) context.changes.push({ area: "item", affectsScoring: true, text: `${itemTitle(context, item, "a")} was removed.` });
    else diffItem(context, item, now);
  }
  for (const item of b.items) {
    if (!a.items.some((candidate) => candidate.id === item.id)) {
      const points = item.options.map((option) => `${quoted(context.b.items.get(item.id)?.options.get(option.id) ?? option.id)} ${option.points}`);
      context.changes.push({ area: "item", affectsScoring: true, text: `${itemTitle(context, item, "b")} was added, with options ${points.join(", ")}; ${describeShowIf(item.showIf, context.b)}.` });
    }
  }
}

function diffScores(context: Context, a: Definition, b: Definition): void {
  const push = (text: string) => context.changes.push({ area: "score", affectsScoring: true, text });
  for (const score of a.scores) {
    const now = b.scores.find((candidate) => candidate.id === score.id);
    if (now === undefined) {
      push(`Score ${score.id} was removed.`);
      continue;
    }
    const added = now.items.filter((id) => !score.items.includes(id));
    const removed = score.items.filter((id) => !now.items.includes(id));
    if (added.length > 0) push(`Score ${score.id} now also sums ${itemList(context.b, added)}.`);
    if (removed.length > 0) push(`Score ${score.id} no longer sums ${itemList(context.a, removed)}.`);
    if (score.missing !== now.missing) push(`Score ${score.id}: the policy for missing answers changed from ${score.missing} to ${now.missing}. ${MISSING_TEXT[now.missing]}`);
    const before = reachableRange(a, score);
    const after = reachableRange(b, now);
    if (before.min !== after.min || before.max !== after.max) push(`Score ${score.id} can now range from ${after.min} to ${after.max} (was ${before.min} to ${before.max}).`);
  }
  for (const score of b.scores) if (!a.scores.some((c) => c.id === score.id)) push(`Score ${score.id} was added: the sum of ${itemList(context.b, score.items)}, ${score.missing}.`);
}

const variantKey = (variant: BandVariant): string => (variant.sex === undefined ? "everyone" : [...variant.sex].sort().join(", "));

function diffVariant(push: (text: string) => void, where: string, before: BandVariant, after: BandVariant): void {
  for (const band of before.bands) {
    const now = after.bands.find((candidate) => candidate.id === band.id);
    if (now === undefined) {
      push(`${where}: band ${band.id} (${band.min}–${band.max}) was removed.`);
      continue;
    }
    if (now.min !== band.min || now.max !== band.max) push(`${where}: band ${band.id} now covers ${now.min}–${now.max} (was ${band.min}–${band.max}).`);
    if (now.referralTier !== band.referralTier) push(`${where}: band ${band.id} now refers to ${now.referralTier} (was ${band.referralTier}).`);
    if (now.feedback !== band.feedback) push(`${where}: band ${band.id} now shows feedback "${now.feedback}" (was "${band.feedback}").`);
  }
  for (const band of after.bands) {
    if (!before.bands.some((c) => c.id === band.id)) push(`${where}: band ${band.id} (${band.min}–${band.max}, ${band.referralTier}) was added.`);
  }
  const orderA = before.bands.map((band) => band.id).filter((id) => after.bands.some((band) => band.id === id));
  const orderB = after.bands.map((band) => band.id).filter((id) => before.bands.some((band) => band.id === id));
  if (orderA.join() !== orderB.join()) push(`${where}: the bands are in a different order: ${orderB.join(", ")} (was ${orderA.join(", ")}).`);
}

function diffBands(context: Context, a: Definition, b: Definition): void {
  const push = (text: string) => context.changes.push({ area: "band", affectsScoring: true, text });
  for (const set of a.bands) {
    const now = b.bands.find((candidate) => candidate.score === set.score);
    if (now === undefined) {
      push(`The bands of score ${set.score} were removed.`);
      continue;
    }
    for (const variant of set.variants) {
      const where = `Bands of ${set.score} for ${variantKey(variant)}`;
      const match = now.variants.find((candidate) => variantKey(candidate) === variantKey(variant));
      if (match === undefined) push(`${where}: this variant was removed.`);
      else diffVariant(push, where, variant, match);
    }
    for (const variant of now.variants) {
      if (!set.variants.some((candidate) => variantKey(candidate) === variantKey(variant))) {
        push(`Bands of ${set.score} for ${variantKey(variant)}: a new variant, ${variant.bands.map((band) => `${band.id} ${band.min}–${band.max}`).join(", ")}.`);
      }
    }
  }
  for (const set of b.bands) if (!a.bands.some((c) => c.score === set.score)) push(`Bands for score ${set.score} were added.`);
}

function diffRules<T extends Adjustment | Flag>(context: Context, kind: "adjustment" | "flag", before: readonly T[], after: readonly T[]): void {
  const push = (text: string, affectsScoring = true) => context.changes.push({ area: kind, affectsScoring, text });
  const name = kind === "adjustment" ? "Adjustment" : "Flag";
  for (const rule of before) {
    const now = after.find((candidate) => candidate.id === rule.id);
    if (now === undefined) {
      push(`${name} ${rule.id} was removed (it fired when ${describeCondition(rule.when, context.a)}).`);
      continue;
    }
    if (JSON.stringify(rule.when) !== JSON.stringify(now.when)) {
      push(`${name} ${rule.id} now fires when ${describeCondition(now.when, context.b)} (was: when ${describeCondition(rule.when, context.a)}).`);
    }
    if ("score" in rule && "score" in now && rule.score !== now.score) push(`${name} ${rule.id} now moves score ${now.score} (was ${rule.score}).`);
    if ("message" in rule && "message" in now && rule.message !== now.message) push(`${name} ${rule.id} now shows message "${now.message}" (was "${rule.message}").`);
    if (rule.rationale !== now.rationale) push(`${name} ${rule.id}: the rationale was rewritten.`, false);
  }
  for (const rule of after) {
    if (!before.some((candidate) => candidate.id === rule.id)) push(`${name} ${rule.id} was added: it fires when ${describeCondition(rule.when, context.b)}.`);
  }
}

/**
 * What changed from version a to version b, in plain words, for a clinician to review before
 * signing off a new version: items, options, points, skip logic, scores, bands, adjustments,
 * flags, and (given the locales of each) the wording. Pure; an empty list means no change.
 * The locale lists are matched by language; the first of each names items and options.
 */
export function diffDefinitions(a: Definition, b: Definition, localesA: readonly QuestionnaireLocale[] = [], localesB: readonly QuestionnaireLocale[] = []): Change[] {
  const context: Context = { a: describeText(a, localesA[0]), b: describeText(b, localesB[0]), changes: [] };
  diffMetadata(context.changes, a, b);
  diffItems(context, a, b);
  diffScores(context, a, b);
  diffBands(context, a, b);
  diffRules(context, "adjustment", a.adjustments, b.adjustments);
  diffRules(context, "flag", a.flags, b.flags);
  context.changes.push(...diffTexts(localesA, localesB));
  return context.changes;
}
