// npm run score: see src/cli/score/command.ts and docs/scoring-files.md.
import { runScore } from "./score/command";
import { runMain } from "./kit/run";

await runMain(runScore);
