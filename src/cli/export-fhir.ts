/**
 * Exports a questionnaire version as a FHIR R4 Questionnaire, or one result as a
 * QuestionnaireResponse (docs/for-clinicians-rules.md).
 *
 *   npm run export:fhir -- dudit@1.0.0 [--lang mk] [--out dudit.fhir.json]
 *   npm run export:fhir -- dudit@1.0.0 --code DUDIT-1.0.0-… [--lang mk] [--out response.json]
 *
 * (--response is accepted as another name for --code.)
 *
 * Without --lang every available translation is included as translation extensions; with it,
 * only that language (and for --code, the answers' display text is in that language).
 * Exit codes: 0 written; 2 usage error or a result code that does not decode.
 */
import { runMain } from "./kit/run";
import { runExportFhir } from "./export-fhir/command";

await runMain(runExportFhir);
