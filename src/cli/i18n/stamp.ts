/**
 * npm run i18n:stamp -- --lang sq | --all
 *
 * Records today's English as the source of every existing translation that has no record yet.
 */
import { pathToFileURL } from "node:url";
import { finish, newOutput } from "./args";
import { runStamp } from "./stamp-command";

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const output = newOutput();
  finish(output, await runStamp(process.argv.slice(2), output));
}
