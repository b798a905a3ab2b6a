/** `npm run schema`: regenerates the committed JSON Schemas from the zod schemas. */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "../kit/args";
import { UsageError } from "../kit/errors";
import { PROJECT_ROOT } from "../kit/paths";
import { runCommand, type Output } from "../kit/run";
import { JSON_SCHEMAS, renderJsonSchema } from "../validate/json-schemas";

const USAGE = `Usage: npm run schema

  Writes the committed JSON Schemas (questionnaires/*schema.json, countries/schema.json) from the zod schemas.`;

export async function runWriteSchema(argv: readonly string[], output: Output): Promise<number> {
  return runCommand({ name: "schema", usage: USAGE }, output, async () => {
    const { positional } = parseArgs(argv, {});
    if (positional.length > 0) throw new UsageError(`unexpected ${positional.join(" ")}`, true);
    for (const { file, schema } of JSON_SCHEMAS) {
      await mkdir(path.dirname(path.join(PROJECT_ROOT, file)), { recursive: true });
      await writeFile(path.join(PROJECT_ROOT, file), renderJsonSchema(schema));
      output.out.push(`wrote ${file}`);
    }
    return 0;
  });
}
