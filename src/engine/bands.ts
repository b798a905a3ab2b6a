import type { BandSet, BandVariant, Definition, Sex } from "./schema/definition";
import type { Profile } from "./types";

/** Sexes for which no published cut-off exists: the more sensitive variant applies (DESIGN.md). */
export const SEXES_WITHOUT_PUBLISHED_CUTOFF: readonly Sex[] = ["other", "not-given"];

export function bandSetFor(definition: Definition, scoreId: string): BandSet | undefined {
  return definition.bands.find((set) => set.score === scoreId);
}

export function variesBySex(set: BandSet): boolean {
  return set.variants.some((variant) => variant.sex !== undefined);
}

/** The band variant for a profile, or undefined when none matches (a lint error). */
export function variantFor(set: BandSet, profile: Profile): BandVariant | undefined {
  const sex = profile.sex ?? "not-given";
  return set.variants.find((variant) => variant.sex === undefined || variant.sex.includes(sex));
}

/** Index of the band holding a value, or -1. */
export function bandIndexFor(variant: BandVariant, value: number): number {
  return variant.bands.findIndex((band) => value >= band.min && value <= band.max);
}
