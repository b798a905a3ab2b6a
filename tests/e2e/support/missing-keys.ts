import type { BrowserContext } from "playwright-core";
import { MISSING_KEY_PREFIX } from "../../../src/app/i18n/console-missing-key";

/**
 * Missing UI text keys reported in any page of the context, as "namespace:key (language)".
 * Only the e2e build (dist-e2e/) reports them, on the console (src/app/main.tsx); the
 * production build has no report, so pages of dist/ never add anything here.
 */
export function watchMissingKeys(context: BrowserContext): string[] {
  const missing: string[] = [];
  context.on("console", (message) => {
    const text = message.text();
    if (message.type() === "error" && text.startsWith(MISSING_KEY_PREFIX)) missing.push(text.slice(MISSING_KEY_PREFIX.length).trim());
  });
  return missing;
}
