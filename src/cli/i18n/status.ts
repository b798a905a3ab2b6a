/**
 * npm run i18n:status [-- --lang sq] [--strict]
 *
 * A table of missing, stale, draft, reviewed, validated and official texts per language and part.
 */
import { runMain } from "../kit/run";
import { runStatus } from "./status-command";

await runMain(runStatus);
