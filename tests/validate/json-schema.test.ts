import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { JSON_SCHEMAS, renderJsonSchema } from "../../src/cli/validate/json-schemas";
import { bundledDefinitions, projectRoot } from "../support/content";

describe("committed JSON Schemas", () => {
  it.each(JSON_SCHEMAS.map(({ file, schema }) => [file, schema] as const))("%s is up to date with the zod schema (run npm run schema)", (file, schema) => {
    expect(readFileSync(path.join(projectRoot, file), "utf8")).toBe(renderJsonSchema(schema));
  });

  it("is referenced by every definition's $schema", () => {
    for (const definition of bundledDefinitions()) expect(definition.$schema).toBe("../schema.json");
  });

  it("rejects unknown keys in the generated schema too (editors flag typos)", () => {
    const schema = JSON.parse(readFileSync(path.join(projectRoot, "questionnaires/schema.json"), "utf8")) as { $defs: Record<string, { additionalProperties?: boolean }> };
    expect(schema.$defs["QuestionnaireDefinition"]?.additionalProperties).toBe(false);
  });
});
