/**
 * Writes the rules page of one questionnaire version for clinical review (docs/for-clinicians-rules.md).
 *
 *   npm run rules -- dudit@1.0.0 [--format md|html] [--out file]
 *   npm run rules -- tests/fixtures/versions/audit/2.0.0.json --format html --out audit-2.html
 *   npm run rules -- dudit@2.0.0 --root tests/fixtures/versions
 *   npm run rules -- about-your-use [--format md|html] [--out file]
 *
 * Exit codes: 0 written; 1 written, but a worked example failed; 2 usage error.
 */
import { runMain } from "./kit/run";
import { runRules } from "./rules/command";

await runMain(runRules);
