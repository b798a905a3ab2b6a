/** `npm run schema`: regenerates the committed JSON Schemas from the zod schemas. */
import { runMain } from "./kit/run";
import { runWriteSchema } from "./write-schema/command";

await runMain(runWriteSchema);
