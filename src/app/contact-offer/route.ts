/**
 * The person's contact screens live behind hash routes, like the clinician pages: they need no
 * server route and the self-check's own screens are untouched. A route names a service at most,
 * never a message, a code or an answer (privacy).
 *
 *   #/contact/write/<serviceId>   write to a service's counsellors
 *   #/contact/replies             read replies with a pickup code
 *
 * This file is in the first-load bundle, so it stays tiny; the screens are a lazy chunk.
 */
export type ContactRoute = { page: "write"; serviceId: string } | { page: "replies" };

const SERVICE_ID = /^[a-z][a-z0-9-]*$/;

export function parseContactRoute(hash: string): ContactRoute | null {
  const match = /^#\/contact\/(write|replies)(?:\/([^/]*))?$/.exec(hash);
  if (match === null) return null;
  if (match[1] === "replies") return { page: "replies" };
  const serviceId = match[2] ?? "";
  return SERVICE_ID.test(serviceId) ? { page: "write", serviceId } : null;
}

export function contactHref(route: ContactRoute): string {
  return route.page === "replies" ? "#/contact/replies" : `#/contact/write/${route.serviceId}`;
}
