import { QUESTIONNAIRE_KEY } from "../../engine/keys";

/**
 * The clinician pages live behind hash routes, so that they need no server and the self-check's
 * own screens (which never use the URL) are untouched:
 *
 *   #/rules                    the list of questionnaire versions
 *   #/rules/dudit@1.0.0        the rules page of one version
 *   #/diff/audit@1.0.0/audit@2.0.0   what changed between two versions
 *   #/decode                   the result-code decoder
 *
 * A route names a questionnaire version at most: never an answer or a result code (privacy).
 * This file is in the first-load bundle, so it stays tiny; the pages themselves are lazy.
 */
export type ClinicianRoute = { page: "rules-index" } | { page: "rules"; key: string } | { page: "diff"; from: string | null; to: string | null } | { page: "decode" };

const keyOrNull = (part: string | undefined): string | null => (part !== undefined && QUESTIONNAIRE_KEY.test(part) ? part : null);

/** The route in a location hash, or null for the self-check (any hash not starting with "#/"). */
export function parseClinicianRoute(hash: string): ClinicianRoute | null {
  if (!hash.startsWith("#/")) return null;
  const parts = hash
    .slice(2)
    .split("/")
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    });
  const [page, first, second] = parts;
  if (page === "rules") {
    const key = keyOrNull(first);
    return key === null ? { page: "rules-index" } : { page: "rules", key };
  }
  if (page === "diff") return { page: "diff", from: keyOrNull(first), to: keyOrNull(second) };
  if (page === "decode") return { page: "decode" };
  return null;
}

export function clinicianHref(route: ClinicianRoute): string {
  switch (route.page) {
    case "rules-index":
      return "#/rules";
    case "rules":
      return `#/rules/${route.key}`;
    case "diff":
      return route.from === null || route.to === null ? "#/diff" : `#/diff/${route.from}/${route.to}`;
    case "decode":
      return "#/decode";
  }
}
