/**
 * Identifiers of the FHIR export.
 *
 * Canonical URL: a URN, not an https address. Selfcheck has no server and no published domain
 * yet (anonymous by construction, DESIGN.md); an https URL on a made-up or example domain would
 * look resolvable and never be. A URN identifies without claiming an address; `version`
 * carries the exact definition version, so `url|version` names what scored a result. When the
 * project publishes its definitions at a stable address, only this function changes.
 */
export function questionnaireUrl(id: string): string {
  return `urn:selfcheck:questionnaire:${id}`;
}

/**
 * One code system per questionnaire for the answer codes: the code is our stable option id
 * (what is stored), never the position or the text. Option ids are unique within an item, and
 * the same id means the same answer wording across the items of one instrument.
 */
export function optionSystem(id: string): string {
  return `${questionnaireUrl(id)}:option`;
}

/** The profile question (sex) that selects cut-offs; our own codes, see questionnaire.ts. */
export const SEX_SYSTEM = "urn:selfcheck:profile:sex";
export const SEX_LINK_ID = "profile-sex";

/**
 * ordinalValue, not itemWeight: ordinalValue is the extension FHIR R4 itself defines for "a
 * numeric value that allows … adding up components of a score", on Coding and on
 * Questionnaire.item.answerOption, and it is in the R4 definitions validators load. itemWeight
 * is its R5 successor and exists in R4 only as a cross-version extension. The points sit on
 * the answerOption (not the Coding) because they belong to the option in this item.
 */
export const ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
export const TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";
/** R4 core: notes for the maintainers of a form, not shown to the person filling it in. */
export const DESIGN_NOTE = "http://hl7.org/fhir/StructureDefinition/designNote";

/**
 * LOINC codes used only where a primary source confirms them (research/instruments.md §8):
 * AUDIT-C panel 72109-2 appears in HL7 US Core's own examples. Others found only in
 * secondary sources are left out.
 */
export const LOINC_PANEL: Readonly<Record<string, string>> = { "audit-c": "72109-2" };
export const LOINC = "http://loinc.org";
