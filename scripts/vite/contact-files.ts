import type { Rollup } from "vite";

type Bundle = Record<string, Rollup.OutputChunk | Rollup.OutputAsset>;

/** The person's contact screens and protocol, and the contact texts of every language. */
const CONTACT_SOURCE = /\/src\/app\/contact\/|\/src\/contact\/|\/locales\/[^/]+\/contact\.json$/;

/**
 * The built files (as "/assets/…") that only the contact part of the app uses. The service
 * worker neither precaches nor keeps them (issue 17): a cached contact chunk would tell whoever
 * picks up a shared phone that someone wrote to a counsellor on it, and nothing of the contact
 * may be fetched before the person asks for it.
 */
export function contactOnlyFiles(bundle: Bundle): Set<string> {
  const chunks = Object.values(bundle).filter((file): file is Rollup.OutputChunk => file.type === "chunk");
  const isContact = (chunk: Rollup.OutputChunk): boolean => CONTACT_SOURCE.test((chunk.facadeModuleId ?? "").replace(/\\/g, "/"));
  const usedElsewhere = new Set(chunks.filter((chunk) => !isContact(chunk)).flatMap((chunk) => chunk.imports));
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const files = new Set<string>();
  const queue = chunks.filter(isContact);
  for (let chunk = queue.pop(); chunk !== undefined; chunk = queue.pop()) {
    if (files.has(`/${chunk.fileName}`)) continue;
    files.add(`/${chunk.fileName}`);
    for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(`/${css}`);
    for (const name of chunk.imports) {
      const imported = byName.get(name);
      if (imported !== undefined && !usedElsewhere.has(name)) queue.push(imported);
    }
  }
  return files;
}
