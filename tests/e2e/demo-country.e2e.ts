/**
 * The demo country of the e2e build (tests/e2e/fixtures/demo-country.ts) offers CAST, whose
 * licence is unknown, and draft translations everywhere: it must never reach a person. The
 * production build (dist/) neither contains it nor lists it; the e2e build (dist-e2e/) does,
 * which shows that the search below would find it.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_COUNTRY_CODE, DEMO_COUNTRY_NAME } from "./fixtures/demo-country";
import { useE2E } from "./support/harness";
import { DIST, ROOT } from "./support/paths";
import { Wizard } from "./support/wizard";

// The production build: what this file shows is that the demo country is not in it.
const e2e = useE2E({ build: "production" });

/** Files of a build whose text mentions the demo country. */
function filesMentioningDemo(folder: string): string[] {
  if (!existsSync(join(folder, "index.html"))) throw new Error(`e2e: ${folder} has no build; run npm run test:e2e`);
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => readFileSync(file, "latin1").includes(DEMO_COUNTRY_NAME));
}

describe("the demo country", () => {
  it("is in the e2e build and in no file of the production build", () => {
    expect(filesMentioningDemo(join(ROOT, "dist-e2e")).length).toBeGreaterThan(0);
    expect(filesMentioningDemo(DIST)).toEqual([]);
  });

  it("is not offered on the production chooser, and has no page there", async () => {
    const { page, origin } = await e2e.open();
    const wizard = new Wizard(page);
    await wizard.gotoStart(origin);
    const list = page.getByRole("list", { name: wizard.wizard("start.countriesHeading") });
    const paths = await list.getByRole("link").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(paths.length).toBeGreaterThan(1);
    expect(paths).not.toContain(`/${DEMO_COUNTRY_CODE.toLowerCase()}/`);
    expect(existsSync(join(DIST, DEMO_COUNTRY_CODE.toLowerCase()))).toBe(false);
    expect(existsSync(join(ROOT, "dist-e2e", DEMO_COUNTRY_CODE.toLowerCase(), "index.html"))).toBe(true);
  });
});
