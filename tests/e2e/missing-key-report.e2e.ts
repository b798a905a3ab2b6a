/**
 * The e2e build reports a UI text key it cannot find on the console, and the harness fails the
 * test (support/missing-keys.ts, support/harness.ts). Shown here catching a key taken out of the
 * texts the browser receives, and shown to be absent from what ships.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MISSING_KEY_PREFIX } from "../../src/app/i18n/console-missing-key";
import { useE2E } from "./support/harness";
import { DIST, DIST_E2E } from "./support/paths";
import { Wizard } from "./support/wizard";

const e2e = useE2E();

/** Files of a build whose text contains `needle`. */
function filesContaining(folder: string, needle: string): string[] {
  if (!existsSync(join(folder, "index.html"))) throw new Error(`e2e: ${folder} has no build; run npm run test:e2e`);
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => readFileSync(file, "utf8").includes(needle));
}

describe("the missing-key report", () => {
  it("is in the e2e build and in no file of the production build", () => {
    expect(filesContaining(DIST_E2E, MISSING_KEY_PREFIX).length).toBeGreaterThan(0);
    expect(filesContaining(DIST, MISSING_KEY_PREFIX)).toEqual([]);
  });

  it("names a key the language lacks, and the harness records it", async () => {
    const { page, origin, missingKeys } = await e2e.open();
    // Serve the common texts without skipLink: the page frame asks for it on every screen.
    let removed = 0;
    await page.route(/\/assets\/common-[\w-]+\.js$/, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/(["'`]?)skipLink\1:/g, () => {
        removed++;
        return "skipLinkTakenOut:";
      });
      await route.fulfill({ response, body });
    });
    await new Wizard(page).gotoStart(origin);
    await expect.poll(() => [...missingKeys]).toContain("common:skipLink (en)");
    expect(removed, "the common texts as built still name skipLink").toBeGreaterThan(0);
    // Provoked on purpose: taken out so that the harness's own check passes.
    missingKeys.splice(0);
  });
});
