/**
 * npm run i18n:status [-- --lang sq] [--strict]
 *
 * A table of missing, stale, draft, reviewed, validated and official texts per language and part.
 */
import { pathToFileURL } from "node:url";
import { finish, newOutput } from "./args";
import { runStatus } from "./status-command";

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const output = newOutput();
  finish(output, await runStatus(process.argv.slice(2), output));
}
