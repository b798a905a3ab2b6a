import type { ReferralTier, Service, ServiceKind, Substance } from "../../engine";

/** Which kinds of service come first for each referral tier (the rest follow). */
const FIRST_KINDS: Record<ReferralTier, ServiceKind[]> = {
  "self-help": ["helpline", "harm-reduction", "counselling"],
  counselling: ["counselling", "helpline", "harm-reduction"],
  treatment: ["treatment", "counselling", "helpline"],
};
const ALL_KINDS: ServiceKind[] = ["helpline", "harm-reduction", "counselling", "treatment", "emergency"];
const TIER_RANK: Record<ReferralTier, number> = { "self-help": 0, counselling: 1, treatment: 2 };

/**
 * What each check asks about. The released definitions carry no such field (they cannot change
 * once released), so it is named here, beside the ordering that uses it.
 */
const CHECK_SUBSTANCE: Readonly<Record<string, Substance>> = { dudit: "drugs", "dast-10": "drugs", cast: "drugs", audit: "alcohol", "audit-c": "alcohol" };

export function substanceOfCheck(questionnaireId: string | null): Substance | null {
  return questionnaireId === null ? null : (CHECK_SUBSTANCE[questionnaireId] ?? null);
}

/** 0: serves what the check asked about; 1: a general line (no substance named); 2: only other substances. */
function substanceRank(service: Service, substance: Substance | null): number {
  if (substance === null || service.substances === undefined || service.substances.length === 0) return 1;
  return service.substances.includes(substance) ? 0 : 2;
}

/**
 * Services in the order that fits the result: first those that serve the check's substance
 * (alcohol services after an alcohol check), then by the kinds the band's tier needs first;
 * otherwise the country file's order is kept.
 */
export function orderServices(services: readonly Service[], tier: ReferralTier, substance: Substance | null = null): Service[] {
  const first = FIRST_KINDS[tier];
  const order = [...first, ...ALL_KINDS.filter((kind) => !first.includes(kind))];
  return [...services].sort((a, b) => substanceRank(a, substance) - substanceRank(b, substance) || order.indexOf(a.kind) - order.indexOf(b.kind));
}

/** Services whose source says they also help relatives and friends. */
export function servicesForRelatives(services: readonly Service[]): Service[] {
  return services.filter((service) => service.relatives === true);
}

/** With several scores, the most intensive tier decides. */
export function highestTier(tiers: readonly ReferralTier[]): ReferralTier {
  return tiers.reduce<ReferralTier>((highest, tier) => (TIER_RANK[tier] > TIER_RANK[highest] ? tier : highest), "self-help");
}
