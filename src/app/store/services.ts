import type { ReferralTier, Service, ServiceKind } from "../../engine";

/** Which kinds of service come first for each referral tier (the rest follow). */
const FIRST_KINDS: Record<ReferralTier, ServiceKind[]> = {
  "self-help": ["helpline", "harm-reduction", "counselling"],
  counselling: ["counselling", "helpline", "harm-reduction"],
  treatment: ["treatment", "counselling", "helpline"],
};
const ALL_KINDS: ServiceKind[] = ["helpline", "harm-reduction", "counselling", "treatment", "emergency"];
const TIER_RANK: Record<ReferralTier, number> = { "self-help": 0, counselling: 1, treatment: 2 };

/** Services in the order that fits a tier; within a kind the country file's order is kept. */
export function orderServices(services: readonly Service[], tier: ReferralTier): Service[] {
  const first = FIRST_KINDS[tier];
  const order = [...first, ...ALL_KINDS.filter((kind) => !first.includes(kind))];
  return [...services].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

/** With several scores, the most intensive tier decides. */
export function highestTier(tiers: readonly ReferralTier[]): ReferralTier {
  return tiers.reduce<ReferralTier>((highest, tier) => (TIER_RANK[tier] > TIER_RANK[highest] ? tier : highest), "self-help");
}
