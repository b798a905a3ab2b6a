import { SEXES_WITHOUT_PUBLISHED_CUTOFF, bandSetFor, variantFor, variesBySex } from "./bands";
import { SEX_VALUES } from "./profile-values";
import type { BandVariant, Definition, ScoreDef, Sex } from "./schema/definition";

/**
 * The bands of one score for one sex, worked out once: the variant variantFor picks, and a
 * table from score value to band index, so that scoring does no search (bands.ts searches).
 */
export type BandTable = {
  variant: BandVariant;
  /** Band index for value `offset + i`, or -1 where no band holds it. */
  table: Int16Array;
  offset: number;
  /** The sex whose cut-offs this variant carries, when the sex given has no published cut-off of its own; else undefined. */
  noticeCutoffsOf: Sex | undefined;
};

/** Tables above this many values (never for the bundled instruments) fall back to a search. */
const MAX_TABLE = 4096;

function tableFor(variant: BandVariant): { table: Int16Array; offset: number } {
  if (variant.bands.length === 0) return { table: new Int16Array(0), offset: 0 };
  const offset = Math.min(...variant.bands.map((band) => band.min));
  const top = Math.max(...variant.bands.map((band) => band.max));
  const size = top - offset + 1;
  if (!(size > 0 && size <= MAX_TABLE)) return { table: new Int16Array(0), offset: 0 };
  const table = new Int16Array(size).fill(-1);
  for (let value = top; value >= offset; value--) {
    // The first band holding the value wins, as in bandIndexFor.
    table[value - offset] = variant.bands.findIndex((band) => value >= band.min && value <= band.max);
  }
  return { table, offset };
}

/** Band index for a value: the table when it covers the value, else the same search bandIndexFor does. */
export function lookUpBand(bands: BandTable, value: number): number {
  const i = value - bands.offset;
  if (i >= 0 && i < bands.table.length) return bands.table[i] ?? -1;
  if (bands.table.length > 0) return -1;
  return bands.variant.bands.findIndex((band) => value >= band.min && value <= band.max);
}

/**
 * Per score, per sex index (SEX_VALUES order): its band table, or undefined when no variant
 * fits that sex (a lint error; scoring then reports "no-band"). The whole entry is undefined
 * when the score has no band set (it is then computed but gets no band, as in score()).
 */
export function compileBands(definition: Definition, scoreDef: ScoreDef): (BandTable | undefined)[] | undefined {
  const set = bandSetFor(definition, scoreDef.id);
  if (set === undefined) return undefined;
  const bySex = variesBySex(set);
  return SEX_VALUES.map((sex) => {
    const variant = variantFor(set, { sex });
    if (variant === undefined) return undefined;
    const withoutCutoff = bySex && SEXES_WITHOUT_PUBLISHED_CUTOFF.includes(sex);
    const noticeCutoffsOf = withoutCutoff ? variant.sex?.find((candidate) => !SEXES_WITHOUT_PUBLISHED_CUTOFF.includes(candidate)) : undefined;
    return { variant, ...tableFor(variant), noticeCutoffsOf };
  });
}
