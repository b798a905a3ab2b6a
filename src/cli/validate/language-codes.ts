import path from "node:path";
import { listFolders } from "../kit/files";
import type { Reporter } from "./reporter";

const names = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

/** Whether a language code exists: ICU's language names (in Node) know every ISO 639 code. */
export function isKnownLanguage(code: string): boolean {
  try {
    return names.of(code) !== undefined;
  } catch {
    return false;
  }
}

/**
 * A language folder must be named by a language code that exists: browsers and screen readers
 * read it from <html lang> to choose voice and rules, and an invented code ("xx") is an
 * accessibility failure.
 */
export async function validateLanguageCodes(reporter: Reporter, root: string): Promise<void> {
  for (const code of await listFolders(path.join(root, "locales"))) {
    if (!isKnownLanguage(code)) {
      reporter.issues.push({
        file: `locales/${code}`,
        severity: "error",
        path: "$",
        message: `"${code}" is not a known language code; name the folder by the language's ISO 639 code, e.g. sq, mk or sr-Latn`,
      });
    }
  }
}
