import { bandIndexFor, bandSetFor, SEXES_WITHOUT_PUBLISHED_CUTOFF, variantFor, variesBySex } from "./bands";
import { evaluateCondition } from "./conditions";
import { questionnaireKey } from "./keys";
import { reachableRange } from "./ranges";
import type { Definition, Sex } from "./schema/definition";
import { SEX_VALUES } from "./profile-values";
import type { Answers, ItemTrace, Notice, Profile, RuleTrace, ScoreOutcome, ScoringOutcome, ScoringProblem } from "./types";
import { visibleItems } from "./visibility";

function checkAnswers(definition: Definition, answers: Answers, profile: Profile): ScoringProblem[] {
  const problems: ScoringProblem[] = [];
  const shown = new Set(visibleItems(definition, answers).map((item) => item.id));
  for (const [itemId, optionId] of Object.entries(answers)) {
    const item = definition.items.find((candidate) => candidate.id === itemId);
    if (item === undefined) problems.push({ code: "unknown-item", itemId });
    else if (!item.options.some((option) => option.id === optionId)) problems.push({ code: "unknown-option", itemId, optionId });
    else if (!shown.has(itemId)) problems.push({ code: "answer-to-hidden-item", itemId });
  }
  for (const item of definition.items) {
    if (shown.has(item.id) && answers[item.id] === undefined) problems.push({ code: "missing-answer", itemId: item.id });
  }
  for (const field of definition.profile) {
    const value = profile[field];
    if (value === undefined) problems.push({ code: "missing-profile", field });
    else if (!(SEX_VALUES as readonly string[]).includes(value)) problems.push({ code: "invalid-profile", field, value });
  }
  return problems;
}

function traceItems(definition: Definition, answers: Answers): ItemTrace[] {
  const shown = new Set(visibleItems(definition, answers).map((item) => item.id));
  return definition.items.map((item) => {
    const optionId = shown.has(item.id) ? (answers[item.id] ?? null) : null;
    const points = item.options.find((option) => option.id === optionId)?.points ?? 0;
    return { itemId: item.id, shown: shown.has(item.id), optionId, points };
  });
}

/** The sex whose published cut-offs a variant carries, for saying which were applied. */
function publishedSexOf(sexes: readonly Sex[] | undefined): Sex | undefined {
  return sexes?.find((sex) => !SEXES_WITHOUT_PUBLISHED_CUTOFF.includes(sex));
}

/**
 * Scores a complete set of answers. Pure and deterministic: the same definition, answers and
 * profile always give the same outcome. Incomplete or invalid input gives problems, never a
 * partial result.
 */
export function score(definition: Definition, answers: Answers, profile: Profile): ScoringOutcome {
  const problems = checkAnswers(definition, answers, profile);
  if (problems.length > 0) return { ok: false, problems };

  const items = traceItems(definition, answers);
  const pointsOf = new Map(items.map((trace) => [trace.itemId, trace]));
  const values: Record<string, number> = {};
  const outcomes: ScoreOutcome[] = [];
  const notices: Notice[] = [];

  for (const scoreDef of definition.scores) {
    const parts = scoreDef.items.map((itemId) => pointsOf.get(itemId));
    const value = parts.reduce((sum, trace) => sum + (trace?.points ?? 0), 0);
    values[scoreDef.id] = value;
    const set = bandSetFor(definition, scoreDef.id);
    if (set === undefined) continue;
    const variant = variantFor(set, profile);
    const index = variant === undefined ? -1 : bandIndexFor(variant, value);
    const band = variant?.bands[index];
    if (variant === undefined || band === undefined) return { ok: false, problems: [{ code: "no-band", score: scoreDef.id, value }] };
    if (variesBySex(set) && SEXES_WITHOUT_PUBLISHED_CUTOFF.includes(profile.sex ?? "not-given")) {
      const appliedCutoffsOf = publishedSexOf(variant.sex);
      if (appliedCutoffsOf !== undefined) notices.push({ kind: "sex-not-given-lower-cutoff", score: scoreDef.id, appliedCutoffsOf });
    }
    const written = parts.map((trace) => `${trace?.itemId ?? "?"} ${trace?.shown === false ? "0 (not shown)" : String(trace?.points ?? 0)}`);
    const { min, max } = reachableRange(definition, scoreDef);
    outcomes.push({
      id: scoreDef.id,
      value,
      min,
      max,
      band: { ...band, index },
      bandFromCutoffs: { ...band, index },
      bandCount: variant.bands.length,
      referralTier: band.referralTier,
      arithmetic: `${written.join(" + ")} = ${value}`,
    });
  }

  const context = { answers: Object.fromEntries(items.flatMap((t) => (t.optionId === null ? [] : [[t.itemId, t.optionId]]))), scores: values };
  const rules: RuleTrace[] = [];
  const adjustments: { id: string; score: string; fromBand: string; toBand: string }[] = [];
  for (const adjustment of definition.adjustments) {
    const fired = evaluateCondition(adjustment.when, context);
    const outcome = outcomes.find((candidate) => candidate.id === adjustment.score);
    const set = bandSetFor(definition, adjustment.score);
    const variant = set === undefined ? undefined : variantFor(set, profile);
    if (!fired || outcome === undefined || variant === undefined) {
      rules.push({ kind: "adjustment", id: adjustment.id, score: adjustment.score, fired });
      continue;
    }
    const raised = variant.bands[outcome.band.index + 1];
    if (raised === undefined) {
      rules.push({ kind: "adjustment", id: adjustment.id, score: adjustment.score, fired, capped: true });
      continue;
    }
    rules.push({ kind: "adjustment", id: adjustment.id, score: adjustment.score, fired, fromBand: outcome.band.id, toBand: raised.id });
    adjustments.push({ id: adjustment.id, score: outcome.id, fromBand: outcome.band.id, toBand: raised.id });
    outcome.band = { ...raised, index: outcome.band.index + 1 };
    outcome.referralTier = raised.referralTier;
  }

  const flags: { id: string; message: string }[] = [];
  for (const flag of definition.flags) {
    const fired = evaluateCondition(flag.when, context);
    rules.push({ kind: "flag", id: flag.id, fired });
    if (fired) flags.push({ id: flag.id, message: flag.message });
  }

  return {
    ok: true,
    result: { questionnaire: questionnaireKey(definition), scores: outcomes, adjustments, flags, notices, trace: { items, rules } },
  };
}
