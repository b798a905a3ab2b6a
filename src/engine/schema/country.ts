import { z } from "zod";
import { LANGUAGE_CODE, QUESTIONNAIRE_KEY } from "../keys";
import { Id } from "./condition";
import { ContactBlock } from "./contact";

const LanguageCode = z.string().regex(LANGUAGE_CODE, "a language code such as en, sr-Latn or ar");
const IsoDate = z.iso.date().describe("YYYY-MM-DD");
/**
 * Two different dates, because they tell the person different things: the date the source page
 * itself shows (it may show none), and the date someone confirmed the fact at its source (opened
 * the page live or called the number). Only the second may be shown as "checked".
 */
const SourceDate = z
  .union([IsoDate, z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "YYYY-MM")])
  .optional()
  .describe("The date the source page shows, if it shows one: YYYY-MM-DD, or YYYY-MM when the page gives only the month.");
const Checked = IsoDate.optional().describe("The date the country team confirmed the fact at its source (opened the page live, or called), YYYY-MM-DD. Leave it out until then.");
/**
 * Where a fact comes from, kept apart from whether the country team has confirmed it ("checked"):
 * an official source (the service's own page, a government or regulator page) is shown without
 * doubt; a secondary source (news, an NGO network, a directory) is shown as "not yet confirmed"
 * until the team confirms it.
 */
export const SourceKind = z.enum(["official", "secondary"]).describe("official: the service's own page or a government page says it; secondary: a news report, NGO network or directory says it.");
export type SourceKind = z.infer<typeof SourceKind>;
/** What a service is for, so that the list fits the check (alcohol services first after an alcohol check). */
export const Substance = z.enum(["alcohol", "drugs"]);
export type Substance = z.infer<typeof Substance>;
/** What an emergency number reaches; every country needs one that reaches medical help. */
export const EmergencyCover = z.enum(["medical", "police", "fire", "rescue"]);
export type EmergencyCover = z.infer<typeof EmergencyCover>;
/** Localized text: language code -> text. */
const Localized = z.record(LanguageCode, z.string().min(1));

export const ServiceKind = z.enum(["emergency", "helpline", "harm-reduction", "treatment", "counselling"]);
export type ServiceKind = z.infer<typeof ServiceKind>;

/** International format, dialable from a tel: link: + then digits only, or a short national number such as 112. */
export const PhoneNumber = z.string().regex(/^(\+[1-9]\d{6,14}|\d{2,6})$/, "a phone number is +<country code><number> with digits only (e.g. +38923125044), or a short number such as 112");

export const Service = z
  .strictObject({
    id: Id,
    name: Localized.describe("Service name per language; the country's first language or en must be present."),
    kind: ServiceKind,
    phone: PhoneNumber.optional(),
    url: z.url().optional(),
    hours: Localized.optional(),
    region: z.string().min(1).optional(),
    access: z
      .strictObject({
        free: z.boolean().optional(),
        anonymous: z.boolean().optional(),
        noReferralNeeded: z.boolean().optional(),
      })
      .optional(),
    languages: z.array(LanguageCode).optional(),
    youth: z.boolean().optional().describe("Serves young people (under 18). Set it only when the service's own source says so; under-18s who answer their age see these services first."),
    substances: z.array(Substance).optional().describe("What the service's source says it serves; leave it out for a general line (mental health, children). Orders the list by the check."),
    relatives: z.boolean().optional().describe("The service's source says it also helps relatives and friends (family counselling, a parents' line)."),
    source: z.url().describe("Where these facts were read."),
    sourceDate: SourceDate,
    sourceKind: SourceKind,
    checked: Checked,
    contact: ContactBlock.optional().describe("Written, end-to-end encrypted contact with this service's counsellors (issue 17)."),
  })
  .refine((s) => s.phone !== undefined || s.url !== undefined, { message: "a service needs a phone number or a URL" });
export type Service = z.infer<typeof Service>;

export const EmergencyNumber = z.strictObject({
  number: PhoneNumber,
  label: Localized,
  covers: z.array(EmergencyCover).min(1).describe("What the number reaches: a single emergency number such as 112 reaches medical, police and fire."),
  source: z.url(),
  sourceDate: SourceDate,
  sourceKind: SourceKind,
  checked: Checked,
});
export type EmergencyNumber = z.infer<typeof EmergencyNumber>;

/** An instrument reference: id@version, e.g. dudit@1.0.0. */
export const QuestionnaireRef = z.string().regex(QUESTIONNAIRE_KEY, "id@version, e.g. dudit@1.0.0");

/**
 * A record that the country team may use an instrument whose licence needs permission (or is
 * unclear): what was granted and where that is written down. The lint refuses to offer such an
 * instrument without one.
 */
export const Permission = z.strictObject({
  questionnaire: QuestionnaireRef,
  note: z.string().min(1).describe("What was granted, by whom, for what use."),
  source: z.url().describe("Where the permission is recorded."),
});
export type Permission = z.infer<typeof Permission>;

export const Country = z
  .strictObject({
    $schema: z.string().optional(),
    code: z.string().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 code in capitals"),
    name: Localized,
    demo: z.boolean().optional().describe("A development-only country; production builds leave it out."),
    languages: z.array(LanguageCode).min(1).describe("The first is the default."),
    offerDraftTranslations: z.boolean().describe("Whether instrument translations marked draft are offered to the public."),
    questionnaires: z.array(QuestionnaireRef).min(1),
    defaultCheck: QuestionnaireRef.describe("The check a person lands on at /<cc>/: its question 1 is on the country page. One of questionnaires; DUDIT where it is offered."),
    permissions: z.array(Permission).optional().describe("Needed for every offered instrument whose licence is permission-required or unknown."),
    emergency: z.array(EmergencyNumber).describe("Emergency numbers, each with its source; at least one must reach medical help (the validator refuses a country without one)."),
    quickExitUrl: z.url().describe("A neutral page the quick exit goes to."),
    services: z.array(Service),
  })
  .meta({ id: "Country", title: "Selfcheck country: languages, questionnaires, services" });
export type Country = z.infer<typeof Country>;

/** A service seen in research but not shown to people until its country team has called it or opened its source live. */
export const ServiceToVerify = z.strictObject({
  ...Service.shape,
  reason: z.string().min(1).describe("Why it is held back: old, project-funded or reorganised."),
});
export type ServiceToVerify = z.infer<typeof ServiceToVerify>;

/** countries/to-verify.json: per country code (lower case), the services held back. */
export const ServicesToVerify = z
  .object({ $schema: z.string().optional() })
  .catchall(z.array(ServiceToVerify).describe("Under the country code in lower case, as in the country file's name."))
  .meta({ id: "ServicesToVerify", title: "Selfcheck services that a country team must confirm before they are shown" });
