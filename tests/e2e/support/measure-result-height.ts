/**
 * Measures the result page's height at 360 × 740 (a phone) for a build folder:
 * `npx tsx tests/e2e/support/measure-result-height.ts <build folder> [...]` (e.g. dist-e2e).
 * Runs the English DUDIT plan on /mk/en/ (tests/e2e/support/plans.ts) to the result, waits for
 * its last section and the lazily loaded brief intervention, and prints the document's height in
 * CSS pixels and in phone screens (740 px). Issue 15 asked for the height before and after.
 */
import { launchChromium } from "./browser";
import { startStaticServer } from "./server";
import { ENGLISH } from "./plans";
import { Wizard } from "./wizard";
/** The phone viewport of the e2e harness (harness.ts imports vitest, which this script runs without). */
const PHONE = { width: 360, height: 740 };

async function measure(folder: string): Promise<number> {
  const server = await startStaticServer(folder);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: PHONE, locale: "en-US", reducedMotion: "reduce" });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const wizard = new Wizard(page);
    await wizard.run(server.origin, ENGLISH.plan);
    // The brief intervention is a lazy chunk below the band; its plan section is its last part.
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(500);
    return await page.evaluate(() => document.documentElement.scrollHeight);
  } finally {
    await browser.close();
    await server.close();
  }
}

for (const folder of process.argv.slice(2)) {
  const height = await measure(folder);
  console.log(`${folder}: result page ${height} px high at 360 × 740 = ${(height / 740).toFixed(1)} phone screens`);
}
