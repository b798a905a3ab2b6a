// Moved to scripts/support/browser/locales.ts (the bench uses it too, and scripts never import tests/); kept here so the
// e2e and nginx suites import their support from one folder.
export * from "../../../scripts/support/browser/locales";
