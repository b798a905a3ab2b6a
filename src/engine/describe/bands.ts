import { variantFor } from "../bands";
import type { BandSet, BandVariant, Definition, Sex } from "../schema/definition";
import { SEX_VALUES } from "../profile-values";
import type { QuestionnaireLocale } from "../schema/questionnaire-locale";
import { REFERRAL_TEXT, SEX_TEXT, type BandRow, type BandSetRules } from "./document";
import { joinWords } from "./labels";

const PUBLISHED: readonly Sex[] = ["female", "male"];

function rangeText(min: number, max: number, top: number): string {
  if (min === max) return String(min);
  return max === top ? `${min} or more (up to ${max})` : `${min}–${max}`;
}

function appliesTo(variant: BandVariant): string {
  return variant.sex === undefined
    ? "everyone"
    : joinWords(
        variant.sex.map((sex) => SEX_TEXT[sex]),
        "and",
      );
}

/** True when every cut-off of this variant is at or below the same cut-off of every other variant. */
function hasLowestCutoffs(set: BandSet, variant: BandVariant): boolean {
  return set.variants.every((other) => other.bands.every((band, index) => (variant.bands[index]?.min ?? Infinity) <= band.min));
}

/**
 * The decision for people who do not give their sex or give neither female nor male, read from
 * the variants (no published rule exists, DESIGN.md): which variant applies and whether it holds
 * the lowest, most sensitive cut-offs.
 */
function sexNotGivenDecision(set: BandSet): string | undefined {
  if (set.variants.every((variant) => variant.sex === undefined)) return undefined;
  const sentences: string[] = [];
  const groups = new Map<BandVariant | undefined, Sex[]>();
  for (const sex of SEX_VALUES.filter((value) => !PUBLISHED.includes(value))) {
    const variant = variantFor(set, { sex });
    groups.set(variant, [...(groups.get(variant) ?? []), sex]);
  }
  for (const [variant, sexes] of groups) {
    const who = [...sexes]
      .reverse()
      .map((sex, index) => (sex === "not-given" ? "sex is not given" : `${index === 0 ? "sex " : ""}is neither female nor male`))
      .join(", or ");
    if (variant === undefined) {
      sentences.push(`When ${who}, no band variant applies: the definition is incomplete and gives no result.`);
      continue;
    }
    const published = (variant.sex ?? []).filter((sex) => PUBLISHED.includes(sex));
    const whose =
      published.length > 0
        ? `the cut-offs for ${joinWords(
            published.map((sex) => SEX_TEXT[sex]),
            "and",
          )}`
        : "cut-offs of their own";
    const lowest = hasLowestCutoffs(set, variant) ? ", the lowest (most sensitive) ones" : ", which are not the lowest cut-offs";
    sentences.push(`When ${who}, no published rule exists; this version applies ${whose}${lowest}.`);
  }
  return sentences.join(" ");
}

export function describeBands(definition: Definition, locale: QuestionnaireLocale | undefined): BandSetRules[] {
  return definition.bands.map((set) => ({
    score: set.score,
    variants: set.variants.map((variant) => {
      const top = Math.max(...variant.bands.map((band) => band.max));
      return {
        sex: variant.sex,
        appliesTo: appliesTo(variant),
        bands: variant.bands.map((band): BandRow => ({
          id: band.id,
          min: band.min,
          max: band.max,
          rangeText: rangeText(band.min, band.max, top),
          feedback: band.feedback,
          label: locale?.bands[band.feedback]?.label,
          meaning: locale?.bands[band.feedback]?.meaning,
          referralTier: band.referralTier,
          referralText: REFERRAL_TEXT[band.referralTier],
        })),
      };
    }),
    sexNotGiven: sexNotGivenDecision(set),
  }));
}
