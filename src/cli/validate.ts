// npm run validate: see src/cli/validate/command.ts.
import { runValidate } from "./validate/command";
import { runMain } from "./kit/run";

await runMain(runValidate);
