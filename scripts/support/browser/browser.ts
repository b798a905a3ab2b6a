/**
 * Launches Debian's Chromium (/usr/bin/chromium) through playwright-core.
 * Never a downloaded browser, and never a silent skip: when Chromium is missing
 * or cannot start, this throws with a message that says how to fix it.
 */
import { accessSync, constants } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";

/**
 * Without the background-networking flags Chromium tries to reach Google
 * services and the closed network refuses it. Playwright adds
 * `--user-data-dir=<fresh temp dir>` to every launch (it rejects one passed in
 * `args`), so each launch starts from an empty profile.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launchChromium(executablePath: string = CHROMIUM_PATH): Promise<Browser> {
  try {
    accessSync(executablePath, constants.X_OK);
  } catch {
    throw new Error(
      `e2e: ${executablePath} is missing or not executable. Install Debian's Chromium with ` +
        "`bash tests/e2e/ensure-chromium.sh` (apt-get install chromium). " +
        "Never use a downloaded browser (no `npx playwright install`).",
    );
  }
  try {
    return await chromium.launch({
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS],
      timeout: 60_000,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`e2e: ${executablePath} exists but could not start: ${reason}`, { cause: error });
  }
}
