/**
 * Whole DUDIT self-checks in English, Arabic (right to left) and Macedonian,
 * from the start screen to the result, in real Chromium. Each run also proves
 * the privacy promise for that whole run: no request to any other origin, and
 * no localStorage, sessionStorage, IndexedDB, Cache Storage or cookie at the end.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useE2E } from "./support/harness";
import { ROOT } from "./support/paths";
import { ARABIC, ENGLISH, MACEDONIAN, pointsFromDefinition, type Case } from "./support/plans";
import { storageIsEmpty } from "./support/storage";
import { Wizard, documentDirection, countryPath } from "./support/wizard";

const e2e = useE2E();

const CASES: readonly (Case & { readonly dir: "ltr" | "rtl" })[] = [
  { ...ENGLISH, dir: "ltr" },
  { ...ARABIC, dir: "rtl" },
  { ...MACEDONIAN, dir: "ltr" },
];

describe("a whole DUDIT self-check", () => {
  for (const { name, plan, expected, dir } of CASES) {
    it(`${name}: ${plan.country}/${plan.language}, ${plan.sex}, ${expected.score} of ${expected.max} → ${expected.band}`, async () => {
      // The hand arithmetic in plans.ts must agree with the definition's points.
      expect(pointsFromDefinition(plan)).toBe(expected.score);

      const { page, requests, origin } = await e2e.open();
      const visited: string[] = [];
      page.on("framenavigated", (frame) => {
        if (frame === page.mainFrame()) visited.push(frame.url());
      });
      const wizard = new Wizard(page);
      // The country page is in its language from the first byte: no switch after load.
      await wizard.open(origin, plan);
      expect(await documentDirection(page)).toEqual({ lang: plan.language, dir });
      await wizard.answerAll(plan);
      await wizard.waitForResult();
      expect(await documentDirection(page)).toEqual({ lang: plan.language, dir });

      const text = wizard.instrument(plan.questionnaire);
      const band = text.bands[expected.band];
      expect(band, `band text for ${expected.band} in ${plan.language}`).toBeDefined();
      const main = page.getByRole("main");
      // The cut-off bands are named in plain words on the person's result (results plainBand).
      const label = expected.band === "below-cutoff" ? wizard.results("plainBand.below-cutoff") : (band?.label ?? "");
      await main.getByText(label, { exact: true }).first().waitFor();
      const scoreLine = wizard.results("scoreLine", { value: expected.score, max: expected.max });
      await main.getByText(scoreLine, { exact: true }).waitFor();
      await main.getByText(band?.meaning ?? "", { exact: true }).waitFor();
      // The other bands' meanings must not be shown as the result.
      for (const [id, other] of Object.entries(text.bands)) {
        if (id !== expected.band) expect(await main.getByText(other.meaning, { exact: true }).count()).toBe(0);
      }
      for (const [id, message] of Object.entries(text.flags)) {
        const shown = await main.getByText(message, { exact: true }).count();
        expect(shown, `flag ${id}`).toBe(expected.flags.includes(id) ? 1 : 0);
      }

      // No answer in any URL: the address never changes from the country page's own.
      expect(visited.length).toBeGreaterThan(0);
      expect(new Set([...visited, page.url()])).toEqual(new Set([`${origin}${countryPath(plan)}`]));
      expect(requests.urls.length).toBeGreaterThan(0);
      expect(requests.foreign(origin), "requests to other origins").toEqual([]);
      const storage = await storageIsEmpty(page);
      expect(storage, "storage after a whole self-check").toMatchObject({ empty: true });
    });
  }
});

describe("from the chooser at /", () => {
  it("a listed country is a link to its page, working before the app's script", async () => {
    // Before (here: without) the app's script, the written page's link opens the country in its
    // first language; North Macedonia's is Macedonian.
    const { page, origin } = await e2e.open(undefined, { scripts: false });
    const wizard = new Wizard(page);
    await page.goto(`${origin}/`);
    const name = JSON.parse(readFileSync(join(ROOT, "countries", "mk.json"), "utf8")).name.en as string;
    await wizard.countryLink(name).click();
    await page.waitForURL(`${origin}/mk/`);
    wizard.language = "mk";
    await wizard.questionGroup("dudit", "q1").waitFor();
    expect(await documentDirection(page)).toEqual({ lang: "mk", dir: "ltr" });
  });

  it("once the app runs, the link carries the chooser's language (English here: /mk/en/)", async () => {
    const { page, origin } = await e2e.open();
    const wizard = new Wizard(page);
    await wizard.gotoStart(origin);
    // The app has taken over when the language select, written disabled, is enabled.
    await page.waitForFunction(() => document.querySelector("select:not([disabled])") !== null);
    const name = JSON.parse(readFileSync(join(ROOT, "countries", "mk.json"), "utf8")).name.en as string;
    await wizard.countryLink(name).click();
    await page.waitForURL(`${origin}/mk/en/`);
    await wizard.questionGroup("dudit", "q1").waitFor();
    expect(await documentDirection(page)).toEqual({ lang: "en", dir: "ltr" });
  });

  it("'My country is not listed' keeps working: check, questions, sex, result", async () => {
    const { plan, expected } = ENGLISH;
    const { page, origin, requests } = await e2e.open();
    const wizard = new Wizard(page);
    await wizard.gotoStart(origin);
    await wizard.button(wizard.wizard("start.countryNotListed")).click();
    // Without a country only validated or official texts are offered: English here (the
    // others are drafts, which a country team decides to offer).
    await wizard.checkRadio("dudit").check();
    await wizard.button(wizard.wizard("start.start")).click();
    await wizard.answerAll(plan);
    await wizard.waitForResult();
    await page
      .getByRole("main")
      .getByText(wizard.results("scoreLine", { value: expected.score, max: expected.max }), { exact: true })
      .waitFor();
    // No country: no services list, and the emergency box says where to look instead.
    await page.getByText(wizard.common("emergency.whereToLook"), { exact: true }).first().waitFor();
    expect(page.url()).toBe(`${origin}/`);
    expect(requests.foreign(origin)).toEqual([]);
    expect(await storageIsEmpty(page)).toMatchObject({ empty: true });
  });
});
