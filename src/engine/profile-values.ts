/**
 * The only profile question the bundled instruments need; others are added here when one does.
 * Kept apart from the zod schemas so that the browser app can use it without bundling zod.
 */
export const SEX_VALUES = ["female", "male", "other", "not-given"] as const;
