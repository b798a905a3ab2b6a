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
import { writeFile } from "node:fs/promises";
import { decodeResultCode, latestMonthAnywhere, questionnaireKey, type Definition } from "../../engine";
import { exportQuestionnaire, exportQuestionnaireResponse, type ProfileText } from "../../engine/fhir";
import { oneOf, parseArgs } from "../kit/args";
import { findBundledDefinition, loadDefinitionArg, loadLocales, loadProfileText } from "../kit/content-files";
import { UsageError } from "../kit/errors";
import { pushDocument, runCommand, type Output } from "../kit/run";

const USAGE = `Usage: npm run export:fhir -- <id@version | definition.json> [--lang <code>] [--out file] [--root folder]
       npm run export:fhir -- [id@version] --code <result code> [--lang <code>] [--out file]

  --lang   include only this translation (default: every available one); for --code, the language of the answer text
  --code   export the answers of a result code as a QuestionnaireResponse that references the Questionnaire (url|version)
  --out    file to write; standard output when omitted
  --root   a folder laid out like questionnaires/ (e.g. tests/fixtures/versions), searched first`;

/** Said with every decoded code (issue 18.6): the check symbols catch typing mistakes; they are no signature. */
export const NOT_PROOF = "a result code records what the person answered, as they entered it; it is their own report, not a proof of it (anyone can make a valid code with other answers)";

export async function runExportFhir(argv: readonly string[], output: Output): Promise<number> {
  return runCommand({ name: "export:fhir", usage: USAGE, helpTo: "err" }, output, async () => {
    const { positional, values } = parseArgs(argv, { format: "string", out: "string", root: "string", lang: "string", code: "string", response: "string" });
    oneOf("format", values.format, ["json"]);
    const { lang, out, root } = values;
    if (values.code !== undefined && values.response !== undefined) throw new UsageError("give --code once (--response is another name for it)", true);
    const code = values.code ?? values.response;
    if (positional.length > 1 || (positional.length === 0 && code === undefined)) throw new UsageError("give one questionnaire (e.g. dudit@1.0.0) or --code <result code>", true);

    let definition: Definition;
    let resource: unknown;
    const warnings: string[] = [];
    if (code !== undefined) {
      const decoded = decodeResultCode(code, findBundledDefinition, latestMonthAnywhere(new Date()));
      if (!decoded.ok) throw new UsageError(`the result code does not decode (${decoded.error.code}): ${decoded.error.message}`);
      const found = findBundledDefinition(...(decoded.questionnaire.split("@") as [string, string]));
      if (found === undefined) throw new UsageError(`${decoded.questionnaire} is not bundled here`);
      definition = found;
      if (positional[0] !== undefined && positional[0] !== decoded.questionnaire) {
        throw new UsageError(`the result code was made with ${decoded.questionnaire}, not ${positional[0]}`);
      }
      const locales = await loadLocales(definition.id, warnings);
      const locale = locales.find((candidate) => candidate.language === (lang ?? "en"));
      if (locale === undefined) throw new UsageError(`no ${lang ?? "en"} text for ${definition.id}`);
      resource = exportQuestionnaireResponse(definition, decoded.answers, decoded.profile, { locale, profileText: loadProfileText(locale.language) });
      output.err.push(`export:fhir: ${NOT_PROOF}`);
    } else {
      definition = await loadDefinitionArg(positional[0] ?? "", root);
      const all = await loadLocales(definition.id, warnings);
      const english = all.find((locale) => locale.language === "en");
      if (english === undefined) throw new UsageError(`no English text for ${definition.id}: the Questionnaire needs its item text`);
      const others = all.filter((locale) => locale !== english && (lang === undefined || locale.language === lang));
      if (lang !== undefined && lang !== "en" && others.length === 0) {
        throw new UsageError(`no ${lang} text for ${definition.id} (available: ${all.map((l) => l.language).join(", ")})`);
      }
      const locales = [english, ...others];
      const profileText = locales.map((locale) => loadProfileText(locale.language)).filter((text): text is ProfileText => text !== undefined);
      resource = exportQuestionnaire(definition, { locales, profileText: profileText.length > 0 ? profileText : undefined });
    }
    output.err.push(...warnings.map((warning) => `export:fhir: ${warning}`));
    const text = `${JSON.stringify(resource, null, 2)}\n`;
    if (out === undefined) pushDocument(output.out, text);
    else await writeFile(out, text, "utf8");
    output.err.push(`export:fhir: wrote a ${code === undefined ? "Questionnaire" : "QuestionnaireResponse"} for ${questionnaireKey(definition)}${out === undefined ? "" : ` to ${out}`}`);
    return 0;
  });
}
