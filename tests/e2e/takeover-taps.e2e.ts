/**
 * A takeover that loses no tap (issue 15): on a country page the first script answers taps until
 * the app has loaded and takes over. A tap whose press fell on the first script's markup and whose
 * release fell on the app's did nothing. The app now takes over only between presses
 * (src/first/presses.ts). On the phone profile of `npm run bench` (4× CPU, 150 ms, 1.6 Mbps) a
 * person taps an answer and Next, question after question, straight through the takeover; every
 * tap must count exactly once: each Next shows the following question (a lost answer would show
 * "choose an answer", a lost or doubled Next the wrong question), and the result scores the taps.
 */
import { describe, expect, it } from "vitest";
import type { CDPSession, Page } from "playwright-core";
import { PHONE_PROFILE } from "../../scripts/bench/profile";
import { PHONE, useE2E } from "./support/harness";
import { ENGLISH, pointsFromDefinition } from "./support/plans";
import { countryPath, Wizard } from "./support/wizard";

const e2e = useE2E();

/** How long a finger rests on the glass in a tap (a quick person: well under a human's ~100 ms). */
const PRESS_MS = 60;

async function throttle(cdp: CDPSession): Promise<void> {
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: PHONE_PROFILE.latencyMs,
    downloadThroughput: PHONE_PROFILE.downloadBytesPerSecond,
    uploadThroughput: PHONE_PROFILE.uploadBytesPerSecond,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: PHONE_PROFILE.cpuSlowdown });
}

/** Each pointerdown and pointerup on the page, with whether the first script ran the page at that instant (an init script, before the page's own). */
async function recordPresses(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const presses: { type: string; first: boolean }[] = [];
    (window as unknown as { __presses: typeof presses }).__presses = presses;
    for (const type of ["pointerdown", "pointerup"]) window.addEventListener(type, () => presses.push({ type, first: "selfcheckFirst" in window }), true);
  });
}
const pressesOf = (page: Page) => page.evaluate(() => (window as unknown as { __presses: { type: string; first: boolean }[] }).__presses);

/** Whether the first script still runs the page (the app has not taken over yet). */
const firstScriptRuns = (page: Page): Promise<boolean> => page.evaluate(() => window.selfcheckFirst !== undefined);

/** The middle of an element of the question form, scrolled into view and found the moment before the tap (as a finger aims). */
async function centreOf(page: Page, target: { option: string } | "next"): Promise<{ x: number; y: number }> {
  const box = await page.evaluate((wanted) => {
    const form = document.querySelector("form.question");
    const element =
      wanted === "next"
        ? form?.querySelector("button[type=submit]")
        : ([...(form?.querySelectorAll<HTMLInputElement>("input[type=radio]") ?? [])].find((input) => input.value === wanted.option)?.labels?.[0] ?? null);
    element?.scrollIntoView({ block: "center", behavior: "instant" });
    const rect = element?.getBoundingClientRect();
    return rect === undefined ? null : { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  }, target);
  if (box === null) throw new Error(`e2e: no ${JSON.stringify(target)} in the question form`);
  return box;
}

/** One tap: press, rest, release, at the element's middle. */
async function tap(page: Page, target: { option: string } | "next"): Promise<void> {
  const { x, y } = await centreOf(page, target);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await new Promise((done) => setTimeout(done, PRESS_MS));
  await page.mouse.up();
}

/** Waits until the form shows this question (by its radios' name, as both the first script and the app write it). */
const showsQuestion = (page: Page, itemId: string) => page.waitForFunction((id) => document.querySelectorAll(`form.question input[type=radio][name="${id}"]`).length > 0, itemId, { timeout: 20_000 });

describe("the app's takeover of a country page", () => {
  it("on the phone profile, taps straight through the takeover each count exactly once", { timeout: 180_000 }, async () => {
    const { plan, expected } = ENGLISH;
    expect(pointsFromDefinition(plan)).toBe(expected.score);
    const { page, context, origin } = await e2e.open(PHONE);
    await recordPresses(page);
    await throttle(await context.newCDPSession(page));
    const wizard = new Wizard(page, plan.language);
    await page.goto(`${origin}${countryPath(plan)}`, { waitUntil: "commit" });
    // From the moment the first script runs (a few ms after question 1 shows): the takeover is what is tested here.
    await page.waitForFunction(() => window.selfcheckFirst !== undefined, undefined, { polling: 10 });

    const answers = plan.answers as [string, string][];
    for (const [index, [itemId, optionId]] of answers.entries()) {
      await showsQuestion(page, itemId);
      await tap(page, { option: optionId });
      await tap(page, "next");
      const following = answers[index + 1];
      if (following !== undefined)
        await showsQuestion(page, following[0]).catch(async (error: unknown) => {
          const state = await page.evaluate(() => ({
            first: window.selfcheckFirst !== undefined,
            shown: document.querySelector("form.question input[type=radio]")?.getAttribute("name"),
            checked: document.querySelector<HTMLInputElement>("form.question input[type=radio]:checked")?.value ?? null,
            error: document.querySelector("form.question .error-message")?.textContent ?? null,
            presses: (window as unknown as { __presses: unknown[] }).__presses,
          }));
          throw new Error(`after tapping ${itemId}=${optionId} and Next, the page shows ${JSON.stringify(state)}`, { cause: error });
        });
    }
    // After the last question: the sex question, then the result, which scores exactly the taps given.
    await wizard.group(wizard.wizard("profile.legend")).waitFor({ timeout: 20_000 });
    await wizard
      .group(wizard.wizard("profile.legend"))
      .getByRole("radio", { name: wizard.wizard("profile.male"), exact: true })
      .check();
    await wizard.button(wizard.wizard("nav.seeResult")).click();
    await page.getByText(wizard.results("scoreLine", { value: expected.score, max: expected.max }), { exact: true }).waitFor({ timeout: 20_000 });

    const presses = await pressesOf(page);
    const downs = presses.filter((press) => press.type === "pointerdown");
    expect(downs.length, "every tap pressed and released").toBe(presses.length / 2);
    expect(downs.filter((press) => press.first).length, "taps answered by the first script, before the takeover").toBeGreaterThan(0);
    expect(downs.filter((press) => !press.first).length, "taps answered by the app, after the takeover").toBeGreaterThan(0);
    // No press began on the first script's markup and ended on the app's.
    const spanning = presses.flatMap((press, index) => (press.type === "pointerdown" && press.first && presses[index + 1]?.first === false ? [index] : []));
    expect(spanning, "presses released after the takeover").toEqual([]);
  });

  it("a press held while the app is ready is released on the first script's markup, counts once, and then the app takes over", { timeout: 120_000 }, async () => {
    const { plan } = ENGLISH;
    const { page, context, origin } = await e2e.open(PHONE);
    await throttle(await context.newCDPSession(page));
    await page.goto(`${origin}${countryPath(plan)}`, { waitUntil: "commit" });
    await showsQuestion(page, "q1");
    const [[, optionId]] = plan.answers as [[string, string]];
    await page.waitForFunction(() => window.selfcheckFirst !== undefined, undefined, { polling: 10 });
    const { x, y } = await centreOf(page, { option: optionId });
    await page.mouse.move(x, y);
    // Marks the moment the app, loaded and initialised, asks the first script for the page.
    await page.evaluate(() => {
      const first = window.selfcheckFirst!;
      const asked = first.betweenPresses.bind(first);
      first.betweenPresses = (run) => {
        (window as unknown as { __appReady: boolean }).__appReady = true;
        asked(run);
      };
    });
    await page.mouse.down();
    // Held until the app is ready to take over (or, were it not to wait, has taken over).
    await page.waitForFunction(() => (window as unknown as { __appReady?: boolean }).__appReady === true || window.selfcheckFirst === undefined, undefined, { timeout: 60_000 });
    await new Promise((done) => setTimeout(done, 500));
    expect(await firstScriptRuns(page), "the app waits for the press to end").toBe(true);
    await page.mouse.up();
    await page.waitForFunction(() => window.selfcheckFirst === undefined, undefined, { timeout: 20_000 });
    const checked = await page.evaluate(() => [...document.querySelectorAll<HTMLInputElement>("form.question input[type=radio]")].filter((input) => input.checked).map((input) => input.value));
    expect(checked).toEqual([optionId]);
  });
});
