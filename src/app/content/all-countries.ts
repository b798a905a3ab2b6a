/**
 * Every country file, in one lazily loaded chunk. The start screen needs the whole list (names
 * and languages) at once, and on a slow mobile link one request is much cheaper than one per
 * country (each costs a round trip; HTTP/1.1 allows six at a time): measured by `npm run bench`.
 */
export const countries: Record<string, unknown> = import.meta.glob("/countries/[a-z][a-z].json", { import: "default", eager: true });
