/**
 * npm run i18n:stamp -- --lang sq | --all
 *
 * Records today's English as the source of every existing translation that has no record yet.
 */
import { runMain } from "../kit/run";
import { runStamp } from "./stamp-command";

await runMain(runStamp);
