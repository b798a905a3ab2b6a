/**
 * After the result, on a 360 px phone, in English and in Arabic (right to left): the optional
 * questions about use (cannabis, injected), the advice they bring with its named sources, a plan
 * saved as a file, a calendar reminder (parsed with ical.js), and a comparison with an earlier
 * result code. axe on every new state; no request to another origin, nothing stored; the quick
 * exit leaves nothing of the plan behind.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ICAL from "ical.js";
import type { Download, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { formatViolations, runAxe } from "./support/axe";
import { PHONE, useE2E } from "./support/harness";
import { interventionPlural, interventionText } from "./support/intervention-text";
import { ROOT } from "./support/paths";
import { t } from "./support/locales";
import { ARABIC, ENGLISH } from "./support/plans";
import { storageIsEmpty } from "./support/storage";
import { Wizard } from "./support/wizard";

const e2e = useE2E();

type AdviceFile = { sources: { id: string; publisher: string }[]; messages: { id: string; sources: string[] }[] };
const advice = JSON.parse(readFileSync(join(ROOT, "interventions/advice/1.0.0.json"), "utf8")) as AdviceFile;

/** What cannabis + injecting must bring (interventions/advice/1.0.0.json, worked out by hand from its triggers). */
const EXPECTED_ADVICE = ["injecting-equipment", "injecting-testing", "cannabis-less-often", "cannabis-lower-strength", "cannabis-smoking", "cannabis-driving"];
const NOT_EXPECTED = ["opioid-naloxone", "opioid-overdose-signs", "young-people", "combining", "mdma-heat"];

/*
 * Earlier results, built by hand (CRC-16/CCITT-FALSE with Python's binascii.crc_hqx, as in
 * tests/engine/result-code-date.test.ts): DUDIT, male, every item at its first option (0 points),
 * June 2026; and an AUDIT code, which is another check.
 */
const EARLIER_DUDIT_ZERO = "DUDIT-1.0.0-211111111111-2606-0DA4";
const OTHER_CHECK = "AUDIT-1.0.0-01111111111-2606-0QJR";

async function expectAxeClean(page: Page, where: string): Promise<void> {
  const violations = await runAxe(page);
  expect(violations, `${where}\n${formatViolations(violations)}`).toEqual([]);
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  const path = await download.path();
  return { download, text: readFileSync(path, "utf8") };
}

function localDay(daysFromNow: number): string {
  const now = new Date();
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + daysFromNow);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, "0")}-${String(day.getDate()).padStart(2, "0")}`;
}

describe("brief intervention after the result (360 px)", () => {
  for (const { plan, expected } of [ENGLISH, ARABIC]) {
    const lang = plan.language;
    const tx = (key: string, values: Record<string, string | number> = {}) => interventionText(lang, key, values);

    it(`${lang}: about your use, sourced advice, a saved plan, a reminder, a comparison, then the quick exit`, { timeout: 180_000 }, async () => {
      const { page, origin, requests } = await e2e.open(PHONE);
      const wizard = new Wizard(page);
      await wizard.run(origin, plan);

      // 1. The optional questions, under their heading.
      const about = page.getByRole("region", { name: tx("aboutYourUse.heading") });
      await page.getByRole("heading", { name: tx("aboutYourUse.heading"), level: 2 }).waitFor();
      // The questions open behind a button (the result stays short).
      await about.getByRole("button", { name: tx("aboutYourUse.open"), exact: true }).click();
      await expectAxeClean(page, `${lang}: result with the brief intervention`);
      await about
        .getByRole("group", { name: tx("aboutYourUse.questions.substances.label") })
        .getByRole("checkbox", { name: tx("aboutYourUse.questions.substances.options.cannabis"), exact: true })
        .check();
      await about
        .getByRole("group", { name: tx("aboutYourUse.questions.injected.label") })
        .getByRole("radio", { name: tx("aboutYourUse.questions.injected.options.yes"), exact: true })
        .check();
      await about.getByRole("button", { name: tx("aboutYourUse.show"), exact: true }).click();

      // 2. The advice for cannabis and injecting, each message with its named source.
      const adviceRegion = page.getByRole("region", { name: tx("advice.heading") });
      await adviceRegion.waitFor();
      for (const id of EXPECTED_ADVICE) {
        const item = adviceRegion.locator(`[data-advice="${id}"]`);
        await expect.poll(() => item.textContent(), { message: id }).toContain(tx(`advice.messages.${id}`));
        const message = advice.messages.find((candidate) => candidate.id === id)!;
        for (const sourceId of message.sources) {
          const publisher = advice.sources.find((source) => source.id === sourceId)!.publisher;
          expect(await item.getByRole("link").allTextContents(), `${id} cites ${sourceId}`).toContainEqual(expect.stringContaining(publisher));
        }
      }
      for (const id of NOT_EXPECTED) expect(await adviceRegion.locator(`[data-advice="${id}"]`).count(), id).toBe(0);
      expect(await adviceRegion.locator("[data-advice]").count()).toBe(EXPECTED_ADVICE.length);
      await expectAxeClean(page, `${lang}: advice shown`);

      // 3. A plan, saved as a plain HTML file made in the browser.
      await page.getByRole("button", { name: tx("plan.open"), exact: true }).click();
      const planRegion = page.getByRole("region", { name: tx("plan.heading") });
      await planRegion.waitFor();
      await planRegion.getByRole("radio", { name: tx("plan.goal.cut-down"), exact: true }).check();
      const reasons = lang === "ar" ? "نوم أفضل ومال أكثر" : "Sleep better, more money";
      await planRegion.getByRole("textbox", { name: tx("plan.reasons.label"), exact: true }).fill(reasons);
      await planRegion.getByRole("combobox", { name: tx("plan.situations.when", { number: 1 }), exact: true }).fill(tx("plan.situations.examples.when.three"));
      await planRegion.getByRole("combobox", { name: tx("plan.situations.instead", { number: 1 }), exact: true }).fill(tx("plan.situations.examples.instead.four"));
      await planRegion.getByRole("textbox", { name: tx("plan.support.label"), exact: true }).fill("Sam");
      await expectAxeClean(page, `${lang}: plan`);
      const savedPlan = await downloaded(page, () => planRegion.getByRole("button", { name: tx("plan.save"), exact: true }).click());
      expect(savedPlan.download.suggestedFilename()).toBe("plan.html");
      expect(savedPlan.text).toContain(`<html lang="${lang}" dir="${lang === "ar" ? "rtl" : "ltr"}">`);
      expect(savedPlan.text).toContain(reasons);
      expect(savedPlan.text).toContain(tx("plan.situations.examples.instead.four"));
      expect(savedPlan.text).toContain(tx("plan.goal.cut-down"));
      await expect.poll(() => planRegion.getByRole("status").textContent()).toBe(tx("plan.saved"));

      // 4. The reminder: a valid iCalendar event four weeks ahead, with a neutral title and the country page.
      const reminder = await downloaded(page, () => page.getByRole("button", { name: tx("reminder.button"), exact: true }).click());
      expect(reminder.download.suggestedFilename()).toBe("check-in.ics");
      expect(reminder.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
      for (const line of reminder.text.split("\r\n")) expect(Buffer.byteLength(line, "utf8"), line).toBeLessThanOrEqual(75);
      const calendar = new ICAL.Component(ICAL.parse(reminder.text));
      const vevent = calendar.getFirstSubcomponent("vevent");
      expect(vevent).not.toBeNull();
      const event = new ICAL.Event(vevent ?? undefined);
      expect(event.summary).toBe(tx("reminder.eventTitle"));
      expect(event.uid.length).toBeGreaterThan(8);
      expect(vevent?.getFirstPropertyValue("dtstamp")).toBeTruthy();
      expect(event.startDate.toString()).toBe(localDay(28));
      expect(vevent?.getFirstPropertyValue("url")).toBe(`${origin}/${plan.country.toLowerCase()}/${lang}/`);
      expect(reminder.text).not.toMatch(/drug|alcohol|dudit|cannabis/i);

      // 5. Compare with an earlier result of the same check, then with another check's code.
      const ownCode = (await page.locator(".result-code__value code").textContent()) ?? "";
      const month = new Date();
      expect(ownCode).toMatch(new RegExp(`-${String(month.getFullYear() - 2000).padStart(2, "0")}${String(month.getMonth() + 1).padStart(2, "0")}-[0-9A-Z]{4}$`));
      await page.getByRole("button", { name: tx("compare.open"), exact: true }).click();
      const compareRegion = page.getByRole("region", { name: tx("compare.heading") });
      const codeField = compareRegion.getByRole("textbox", { name: tx("compare.label"), exact: true });
      await codeField.fill(EARLIER_DUDIT_ZERO);
      await compareRegion.getByRole("button", { name: tx("compare.submit"), exact: true }).click();
      const table = compareRegion.getByRole("table", { name: tx("compare.caption") });
      await table.waitFor();
      const rows = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...(tr as HTMLTableRowElement).cells].map((cell) => cell.textContent?.trim() ?? "")));
      expect(rows[1]).toEqual([tx("compare.score"), `0 / ${expected.max}`, `${expected.score} / ${expected.max}`]);
      const bands = JSON.parse(readFileSync(join(ROOT, "locales", lang, "questionnaires", "dudit.json"), "utf8")) as { bands: Record<string, { label: string }> };
      // The person's result names the cut-off bands in plain words (results plainBand); the others by their label.
      const plain = (band: string) => (band === "below-cutoff" ? t(lang, "results", "plainBand.below-cutoff") : bands.bands[band]!.label);
      expect(rows[2]).toEqual([tx("compare.band"), plain("below-cutoff"), plain(expected.band)]);
      expect(rows[0]?.[1]).toBe(new Intl.DateTimeFormat(lang, { year: "numeric", month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2026, 5, 15))));
      const sentence = await compareRegion.getByRole("status").textContent();
      expect(sentence).toContain(interventionPlural(lang, "compare.higher", expected.score));
      expect(sentence).toContain(tx(expected.band === "below-cutoff" ? "compare.bandSame" : "compare.bandHigher"));
      expect(sentence).toContain(tx("compare.notProof"));
      await expectAxeClean(page, `${lang}: comparison`);

      await codeField.fill(OTHER_CHECK);
      await compareRegion.getByRole("button", { name: tx("compare.submit"), exact: true }).click();
      await expect.poll(() => compareRegion.textContent()).toContain(tx("compare.otherCheck", { other: "audit@1.0.0", current: "dudit@1.0.0" }));
      expect(await codeField.getAttribute("aria-invalid")).toBe("true");
      await expectAxeClean(page, `${lang}: comparison refused`);

      // Every section open, the page still fits the phone: no sideways scrolling (WCAG 1.4.10).
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth, dir: document.documentElement.dir }));
      expect(widths.scroll, "horizontal overflow").toBeLessThanOrEqual(widths.client);
      expect(widths.dir).toBe(lang === "ar" ? "rtl" : "ltr");

      // Nothing left the origin and nothing was stored, with all of the above done.
      expect(requests.foreign(origin)).toEqual([]);
      expect(await storageIsEmpty(page)).toMatchObject({ empty: true });

      // 6. The quick exit: the plan is gone from the page and does not come back.
      await wizard.button(wizard.common("quickExit.button")).click();
      await page.waitForURL((url) => url.origin !== origin);
      await page.goto(`${origin}/`);
      // A fresh start, in the browser's language (the context's locale is English).
      await new Wizard(page).startHeading().waitFor();
      expect(await page.getByText(reasons).count()).toBe(0);
      expect(await page.getByRole("heading", { name: tx("plan.heading") }).count()).toBe(0);
      expect(await storageIsEmpty(page)).toMatchObject({ empty: true });
    });
  }
});
