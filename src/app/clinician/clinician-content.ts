import type { Definition, QuestionnaireLocale, Vectors } from "../../engine";
import { instrumentTextFiles } from "../content/files";
import { fileContent, type ContentSource } from "../content/source";
import { ContentError } from "../content/problem";

/** Worked examples; only the clinician pages load them (a separate chunk per file). */
const vectorFiles: Record<string, () => Promise<unknown>> = import.meta.glob("/questionnaires/*/vectors.json", { import: "default" });

/** Everything the rules page of one version needs. */
export type ClinicianBundle = {
  definition: Definition;
  /** English first, then the other languages in alphabetical order. */
  locales: QuestionnaireLocale[];
  /** Translations that did not load (e.g. a translator's file still missing texts): file and problem. */
  skipped: string[];
  vectors: Vectors | undefined;
};

/** Languages with instrument text for a questionnaire, from the file names (nothing is loaded). */
export function languagesWithText(questionnaireId: string): string[] {
  return Object.keys(instrumentTextFiles)
    .map((file) => /^\/locales\/([^/]+)\/questionnaires\/([^/]+)\.json$/.exec(file))
    .filter((match): match is RegExpExecArray => match !== null && match[2] === questionnaireId)
    .map((match) => match[1] ?? "")
    .sort((a, b) => (a === "en" ? -1 : b === "en" ? 1 : a.localeCompare(b)));
}

function describeProblem(error: unknown): string {
  if (error instanceof ContentError) return `${error.problem.file}: ${error.problem.issues.map((issue) => `${issue.path} ${issue.message}`).join("; ")}`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * The worked examples of a questionnaire. Checked against the zod schema when the app is built
 * (scripts/vite/content-check.ts) and by `npm run validate`, so the browser does not ship zod
 * (its eval probe breaks the CSP); here only the shape the page reads is checked.
 */
export async function loadVectors(questionnaireId: string): Promise<Vectors | undefined> {
  const load = vectorFiles[`/questionnaires/${questionnaireId}/vectors.json`];
  if (load === undefined) return undefined;
  const raw = (await load()) as Partial<Record<keyof Vectors, unknown>> | null;
  const fits = raw !== null && typeof raw === "object" && typeof raw.questionnaire === "string" && Array.isArray(raw.versions) && Array.isArray(raw.cases);
  return fits ? (raw as unknown as Vectors) : undefined;
}

export async function loadClinicianBundle(key: string, content: ContentSource = fileContent): Promise<ClinicianBundle> {
  const definition = await content.loadDefinition(key);
  const skipped: string[] = [];
  const loaded = await Promise.all(
    languagesWithText(definition.id).map(async (language) => {
      try {
        return await content.loadInstrumentText(language, definition.id, definition);
      } catch (error) {
        skipped.push(describeProblem(error));
        return undefined;
      }
    }),
  );
  const locales = loaded.filter((locale): locale is QuestionnaireLocale => locale !== undefined);
  return { definition, locales, skipped, vectors: await loadVectors(definition.id) };
}
