import type { Country } from "../schema/country";
import { error, type LintIssue } from "./issue";

/**
 * Contact blocks beyond their schema: a demo contact service (no key fingerprint, a key made
 * by whoever runs the console) only in a demo country, which production builds leave out; and a
 * service id that the contact server can use in a path (it is the service's name on the API).
 */
export function lintContact(country: Country): LintIssue[] {
  const issues: LintIssue[] = [];
  country.services.forEach((service, index) => {
    if (service.contact === undefined) return;
    if (service.contact.demo === true && country.demo !== true) {
      issues.push(
        error(
          ["services", index, "contact", "demo"],
          `service "${service.id}" has a demo contact block, but ${country.code} is not a demo country; a real service needs its key fingerprint and no "demo"`,
        ),
      );
    }
    if (service.id === "demo") {
      issues.push(error(["services", index, "id"], `service id "demo" is reserved for the demo contact service of development and e2e builds; choose another id`));
    }
  });
  return issues;
}
