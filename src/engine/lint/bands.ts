import { SEXES_WITHOUT_PUBLISHED_CUTOFF } from "../bands";
import { reachableRange } from "../ranges";
import type { BandVariant, Definition } from "../schema/definition";
import { SEX_VALUES } from "../profile-values";
import { duplicateIds, error, type LintIssue } from "./issue";

function lintCoverage(variant: BandVariant, range: { min: number; max: number }, path: (string | number)[], scoreId: string): LintIssue[] {
  const issues: LintIssue[] = [...duplicateIds(variant.bands, [...path, "bands"], "band")];
  let expectedMin = range.min;
  variant.bands.forEach((band, index) => {
    const bandPath = [...path, "bands", index];
    if (band.min > band.max) issues.push(error(bandPath, `band "${band.id}" has min ${band.min} above max ${band.max}`));
    if (band.min > expectedMin) {
      issues.push(error([...bandPath, "min"], `gap: no band covers ${scoreId} ${expectedMin}–${band.min - 1} (band "${band.id}" starts at ${band.min})`));
    } else if (band.min < expectedMin) {
      const message =
        index === 0
          ? `band "${band.id}" starts at ${band.min}, below the lowest reachable ${scoreId} of ${range.min}`
          : `overlap: band "${band.id}" starts at ${band.min} but the band before it already covers up to ${expectedMin - 1}`;
      issues.push(error([...bandPath, "min"], message));
    }
    expectedMin = Math.max(expectedMin, band.max + 1);
  });
  const last = variant.bands[variant.bands.length - 1];
  if (last !== undefined && last.max !== range.max) {
    const message =
      last.max < range.max
        ? `gap: no band covers ${scoreId} ${last.max + 1}–${range.max} (the highest reachable value is ${range.max})`
        : `band "${last.id}" ends at ${last.max}, above the highest reachable ${scoreId} of ${range.max}`;
    issues.push(error([...path, "bands", variant.bands.length - 1, "max"], message));
  }
  return issues;
}

function lintSexVariants(variants: readonly BandVariant[], path: (string | number)[], definition: Definition): LintIssue[] {
  const issues: LintIssue[] = [];
  const bySex = variants.some((variant) => variant.sex !== undefined);
  if (!bySex) {
    if (variants.length > 1) issues.push(error([...path, "variants"], "several band variants without a 'sex' list: only one can apply to everyone"));
    return issues;
  }
  if (!definition.profile.includes("sex")) issues.push(error([...path, "variants"], "bands vary by sex but 'profile' does not ask for sex"));
  for (const sex of SEX_VALUES) {
    const matching = variants.flatMap((variant, index) => (variant.sex === undefined || variant.sex.includes(sex) ? [index] : []));
    if (matching.length === 0) issues.push(error([...path, "variants"], `no band variant applies when sex is "${sex}"`));
    if (matching.length > 1) issues.push(error([...path, "variants"], `${matching.length} band variants apply when sex is "${sex}" (variants ${matching.join(", ")}); exactly one must`));
  }
  const ids = (variant: BandVariant) => variant.bands.map((band) => band.id).join(",");
  variants.forEach((variant, index) => {
    if (ids(variant) !== ids(variants[0] ?? variant))
      issues.push(error([...path, "variants", index, "bands"], "every variant must have the same band ids in the same order, so results compare across profiles"));
  });
  const sensitiveIndex = variants.findIndex((variant) => SEXES_WITHOUT_PUBLISHED_CUTOFF.every((sex) => variant.sex?.includes(sex)));
  const sensitive = variants[sensitiveIndex];
  if (sensitive === undefined) {
    issues.push(error([...path, "variants"], `"other" and "not-given" must share one variant: the one with the lowest (most sensitive) cut-offs`));
    return issues;
  }
  variants.forEach((variant) => {
    variant.bands.forEach((band, bandIndex) => {
      const mine = sensitive.bands[bandIndex];
      if (mine !== undefined && mine.min > band.min) {
        issues.push(
          error(
            [...path, "variants", sensitiveIndex, "bands", bandIndex, "min"],
            `the variant for undisclosed sex must use the lowest cut-off, but band "${mine.id}" starts at ${mine.min} where another variant starts at ${band.min}`,
          ),
        );
      }
    });
  });
  return issues;
}

export function lintBands(definition: Definition): LintIssue[] {
  const issues: LintIssue[] = [];
  const seen = new Set<string>();
  definition.bands.forEach((set, setIndex) => {
    const path = ["bands", setIndex];
    const scoreDef = definition.scores.find((candidate) => candidate.id === set.score);
    if (scoreDef === undefined) {
      issues.push(error([...path, "score"], `bands refer to score "${set.score}", which does not exist`));
      return;
    }
    if (seen.has(set.score)) issues.push(error([...path, "score"], `score "${set.score}" has more than one band set`));
    seen.add(set.score);
    const range = reachableRange(definition, scoreDef);
    set.variants.forEach((variant, variantIndex) => issues.push(...lintCoverage(variant, range, [...path, "variants", variantIndex], set.score)));
    issues.push(...lintSexVariants(set.variants, path, definition));
  });
  return issues;
}
