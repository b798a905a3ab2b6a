/**
 * Lists what changed between two versions of a questionnaire, in plain words
 * (docs/for-clinicians-rules.md).
 *
 *   npm run rules:diff -- dudit@1.0.0 dudit@2.0.0 --root tests/fixtures/versions [--format md|html] [--out file]
 *   npm run rules:diff -- audit@1.0.0 tests/fixtures/versions/audit/2.0.0.json
 *
 * Wording is compared with the current locale files, which hold the text of every version.
 * Exit codes: 0 written; 2 usage error.
 */
import { runMain } from "./kit/run";
import { runRulesDiff } from "./rules-diff/command";

await runMain(runRulesDiff);
