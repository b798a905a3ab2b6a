import type { ContactBlock, Country, ReferralTier, Service } from "../../engine";
import { orderServices } from "../store/services";
import { DEMO_CONTACT, DEMO_SERVICE_ID } from "./demo-service";

/** A service a person can write to: `name` is null for the demo, which is named by a UI text. */
export type ContactService = { id: string; name: Service["name"] | null; contact: ContactBlock };

/**
 * The services of a country that offer contact, in the order that fits the result's referral
 * tier and the check's substance (the same order as the service list), then the demo service
 * where the build has one.
 */
export function contactServices(country: Country | null, tier: ReferralTier, substance: Parameters<typeof orderServices>[2] = null): ContactService[] {
  const real =
    country === null
      ? []
      : orderServices(country.services, tier, substance).flatMap((service) => (service.contact === undefined ? [] : [{ id: service.id, name: service.name, contact: service.contact }]));
  return DEMO_CONTACT === null ? real : [...real, { id: DEMO_SERVICE_ID, name: null, contact: DEMO_CONTACT }];
}
