/**
 * npm run new-country -- <code> [--languages sq,en] [--force] [--root folder]
 *
 * Writes countries/<code>.json for a country team to fill in (docs/adding-a-country.md). Every
 * fact the team must supply is a "TODO: ..." text, which npm run validate reports as an error
 * until it is replaced, so a scaffold can never ship by mistake.
 */
import { runNewCountry } from "./new-country/command";
import { runMain } from "./kit/run";

await runMain(runNewCountry);
