import type { Country } from "../../src/engine";

/**
 * A test country, so that the app tests do not depend on the real country files (which the
 * country team edits). Numbers and names are placeholders, never shipped.
 */
export const TEST_COUNTRY: Country = {
  code: "XX",
  name: { en: "Testland", mk: "Тестландија", ar: "بلد الاختبار" },
  demo: true,
  languages: ["en", "mk", "ar"],
  offerDraftTranslations: true,
  questionnaires: ["dudit@1.0.0", "audit@1.0.0", "audit-c@1.0.0"],
  defaultCheck: "dudit@1.0.0",
  emergency: [
    {
      number: "112",
      label: { en: "Emergency services", mk: "Итни служби", ar: "خدمات الطوارئ" },
      covers: ["medical", "police", "fire"],
      source: "https://example.org/112",
      sourceKind: "secondary",
      checked: "2025-01-15",
    },
  ],
  quickExitUrl: "https://example.org/weather",
  services: [
    {
      id: "treatment-centre",
      name: { en: "Test treatment centre" },
      kind: "treatment",
      url: "https://example.org/treatment",
      access: { free: true, noReferralNeeded: false },
      source: "https://example.org/source",
      sourceKind: "secondary",
      checked: "2025-02-01",
    },
    {
      id: "helpline",
      name: { en: "Test helpline" },
      kind: "helpline",
      phone: "+38900000000",
      hours: { en: "Every day, 9 to 17" },
      access: { anonymous: true },
      source: "https://example.org/source",
      sourceKind: "secondary",
      checked: "2025-02-01",
    },
    {
      id: "counselling",
      name: { en: "Test counselling service" },
      kind: "counselling",
      phone: "+38900000001",
      url: "https://example.org/counselling",
      languages: ["mk", "sq"],
      source: "https://example.org/source",
      sourceKind: "secondary",
      checked: "2025-02-01",
    },
    {
      id: "harm-reduction",
      name: { en: "Test harm reduction" },
      kind: "harm-reduction",
      url: "https://example.org/hr",
      source: "https://example.org/source",
      sourceKind: "secondary",
      checked: "2025-02-01",
    },
  ],
};
