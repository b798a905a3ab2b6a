/**
 * A page in a fresh browser context set up as the phone of profile.ts: 360×740 touch screen,
 * CDP network emulation and CPU throttling. An in-page recorder (a function serialised with
 * Function.prototype.toString, given its argument as JSON) runs before any of the app's code.
 */
import type { Browser, CDPSession, Page } from "playwright-core";
import { PHONE_PROFILE } from "./profile";

export async function openPhonePage<T>(browser: Browser, recorder: (input: T) => void, input: T): Promise<{ page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({ viewport: PHONE_PROFILE.viewport, locale: "en-US", deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await addRecorder(page, recorder, input);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: PHONE_PROFILE.latencyMs,
    downloadThroughput: PHONE_PROFILE.downloadBytesPerSecond,
    uploadThroughput: PHONE_PROFILE.uploadBytesPerSecond,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: PHONE_PROFILE.cpuSlowdown });
  return { page, cdp };
}

/** Adds another in-page recorder; it runs on the next navigation, before any of the page's code. */
export async function addRecorder<T>(page: Page, recorder: (input: T) => void, input: T): Promise<void> {
  // tsx compiles with keepNames, which wraps functions in __name(); the page has no __name.
  await page.addInitScript({ content: `(() => { const __name = (f) => f; (${recorder.toString()})(${JSON.stringify(input)}); })();` });
}
