// npm run check-host: see src/cli/check-host/command.ts and docs/deploy.md.
import { runCheckHost } from "./check-host/command";
import { runMain } from "./kit/run";

await runMain(runCheckHost);
