import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { JSON_SCHEMAS, renderJsonSchema } from "./validate/json-schemas";

/** `npm run schema`: regenerates the committed JSON Schemas from the zod schemas. */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
for (const { file, schema } of JSON_SCHEMAS) {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), renderJsonSchema(schema));
  console.log(`wrote ${file}`);
}
