/**
 * Issue 17, "Done when": the whole way in Chromium against a real contact server and database
 * (SQLite by default; CONTACT_TEST_DB=postgres for PostgreSQL). /mk/en/ → result → write to the
 * demo service with the result attached → the counsellor enrols and signs in with a passkey
 * (Chromium's virtual authenticator) and sees it, urgent first → replies → the person opens the
 * thread with the pickup code on another page load and reads the reply → deletes it, after which
 * neither side can read it. The same in Arabic at 360 px. axe on every contact and console
 * screen; no request leaves the origin; afterwards the database holds none of the plaintexts.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useContactE2E } from "./support/contact-harness";
import { consoleTexts, expectAxeClean, openWithCode, text, writeToDemoService } from "./support/contact-steps";
import { PHONE } from "./support/harness";
import { ARABIC, ENGLISH } from "./support/plans";
import { Wizard, countryPath } from "./support/wizard";
import type { ConsoleLanguage } from "../../src/console/texts";

const e2e = useContactE2E();
// Plaintexts that must never reach the database (the privacy check at the end).
const CANARY = `canary-${Date.now().toString(36)}`;
const MESSAGES = {
  english: `I would like to talk about my use (${CANARY}-en-1)`,
  urgent: `I need someone now (${CANARY}-urgent)`,
  reply: `Thank you for writing; we can talk here (${CANARY}-reply-en)`,
  arabic: `أريد أن أتحدث عن استخدامي (${CANARY}-ar)`,
  replyArabic: `شكرًا لكتابتك (${CANARY}-reply-ar)`,
};

let counsellor: Page | undefined;

async function resultPage(plan: typeof ENGLISH.plan, viewport = PHONE) {
  const session = await e2e.open(viewport);
  const wizard = new Wizard(session.page, plan.language);
  await wizard.open(e2e.origin, plan);
  await wizard.answerAll(plan);
  await wizard.waitForResult();
  return session;
}

/** The counsellor's inbox entries, top to bottom, as "urgent" or "normal". */
async function inboxOrder(page: Page, language: ConsoleLanguage): Promise<string[]> {
  const { texts } = consoleTexts(language);
  await page.getByRole("button", { name: texts.inbox.refresh, exact: true }).click();
  await page.locator(".console-inbox__entry").first().waitFor();
  const entries = await page.locator(".console-inbox__entry").allTextContents();
  return entries.map((entry) => (entry.includes(texts.inbox.urgent) ? "urgent" : "normal"));
}

async function openThreadContaining(page: Page, language: ConsoleLanguage, needle: string): Promise<void> {
  const { texts } = consoleTexts(language);
  const count = await page.locator(".console-inbox__entry").count();
  for (let i = 0; i < count; i++) {
    await page.locator(".console-inbox__entry").nth(i).getByRole("button").click();
    await page.getByRole("heading", { level: 1, name: texts.thread.heading, exact: true }).waitFor();
    await page.locator(".console-message").first().waitFor();
    if ((await page.getByText(needle, { exact: false }).count()) > 0) return;
    await page.getByRole("button", { name: texts.thread.back, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: texts.inbox.heading, exact: true }).waitFor();
  }
  throw new Error(`no thread with "${needle}" in the inbox`);
}

async function reply(page: Page, language: ConsoleLanguage, message: string): Promise<void> {
  const { texts } = consoleTexts(language);
  await page.getByRole("textbox", { name: texts.thread.reply, exact: true }).fill(message);
  await page.getByRole("button", { name: texts.thread.send, exact: true }).click();
  await page.getByText(texts.thread.sent, { exact: true }).waitFor();
}

/** The person reads the reply on another page load, then deletes the conversation; afterwards the code opens nothing. */
async function readAndDelete(language: string, path: string, code: string, expectedReply: string, viewport = PHONE): Promise<void> {
  const c = (key: string) => text(language, "contact", key);
  const { page, requests, origin } = await e2e.open(viewport);
  await openWithCode(page, origin, path, language, code);
  await page.getByRole("heading", { level: 1, name: c("thread.heading"), exact: true }).waitFor();
  await page.getByText(expectedReply, { exact: true }).waitFor();
  await page.getByText(c("safety.cannotLocate"), { exact: true }).waitFor();
  await expectAxeClean(page, `thread (${language})`);
  await page.getByRole("button", { name: c("thread.delete"), exact: true }).click();
  await page.getByRole("button", { name: c("thread.confirm"), exact: true }).click();
  await page.getByRole("heading", { level: 1, name: c("thread.deleted"), exact: true }).waitFor();
  await expectAxeClean(page, `deleted (${language})`);
  // Neither side can read it afterwards: the person's code opens nothing …
  await openWithCode(page, origin, path, language, code);
  await page.getByRole("alert").getByText(c("errors.notFound"), { exact: true }).waitFor();
  expect(requests.foreign(origin)).toEqual([]);
}

describe("the contact channel, the whole way", () => {
  it("English: result attached, urgent first in the inbox, reply, read with the code, delete", async () => {
    // The service's first counsellor enrols from the one-time link: the console creates the
    // service's key pair (until then the demo service cannot take messages) …
    const { texts } = consoleTexts("en");
    const consoleSession = await e2e.openWithAuthenticator();
    counsellor = consoleSession.page;
    await counsellor.goto(await e2e.inviteLink());
    await counsellor.getByRole("heading", { level: 1, name: texts.enrol.heading, exact: true }).waitFor();
    await expectAxeClean(counsellor, "console enrol");
    await counsellor.getByRole("textbox", { name: texts.enrol.name, exact: true }).fill("Counsellor A");
    await counsellor.getByRole("button", { name: texts.enrol.button, exact: true }).click();
    await counsellor.getByRole("heading", { level: 1, name: texts.enrol.recoveryHeading, exact: true }).waitFor();
    await expectAxeClean(counsellor, "console recovery key");
    expect(await counsellor.locator(".console-words li").count()).toBe(24);
    await counsellor.getByRole("button", { name: texts.enrol.done, exact: true }).click();
    await counsellor.getByRole("heading", { level: 1, name: texts.inbox.heading, exact: true }).waitFor();

    const person = await resultPage(ENGLISH.plan);
    // Nothing of the contact before the tap: no /api/ request, no contact chunk.
    expect(person.requests.urls.filter((url) => url.includes("/api/") || /\/assets\/(ContactPages|contact)-/.test(url))).toEqual([]);
    const code = await writeToDemoService(person.page, "en", { text: MESSAGES.english, attach: true, needHelpNow: false });
    expect(person.requests.urls.some((url) => /\/assets\/ContactPages-/.test(url))).toBe(true);
    expect(person.requests.foreign(e2e.origin)).toEqual([]);

    // A second person, who needs help now: their message must come first for the service.
    const second = await resultPage(ENGLISH.plan);
    await writeToDemoService(second.page, "en", { text: MESSAGES.urgent, attach: false, needHelpNow: true });

    // … and signs in with the passkey on a later visit.
    await counsellor.goto(`${e2e.origin}/console/`);
    await counsellor.getByRole("button", { name: texts.signIn.button, exact: true }).click();
    await counsellor.getByRole("heading", { level: 1, name: texts.inbox.heading, exact: true }).waitFor();
    await expectAxeClean(counsellor, "console inbox");
    expect(await inboxOrder(counsellor, "en")).toEqual(["urgent", "normal"]);

    await openThreadContaining(counsellor, "en", MESSAGES.english);
    await counsellor.getByText(MESSAGES.english, { exact: true }).waitFor();
    await counsellor.getByText(/dudit@1\.0\.0/).waitFor();
    await expectAxeClean(counsellor, "console thread");
    await reply(counsellor, "en", MESSAGES.reply);
    expect(consoleSession.requests.foreign(e2e.origin)).toEqual([]);

    const opened = consoleSession.requests.urls.map((url) => /\/api\/console\/threads\/([A-Za-z0-9_-]{22})$/.exec(url)?.[1]).filter((id) => id !== undefined);
    const threadId = opened[opened.length - 1] ?? "";
    expect(await apiStatus(counsellor, `/api/console/threads/${threadId}`)).toBe(200);

    await readAndDelete("en", countryPath(ENGLISH.plan), code, MESSAGES.reply);
    // … and the service cannot either: not in the inbox, and the API has nothing for it.
    await counsellor.getByRole("button", { name: texts.thread.back, exact: true }).click();
    expect(await inboxOrder(counsellor, "en")).toEqual(["urgent"]);
    expect(await apiStatus(counsellor, `/api/console/threads/${threadId}`)).toBe(404);
  });

  it("Arabic at 360 px: right to left on both sides, urgent, reply, read with the code, delete", async () => {
    if (counsellor === undefined) throw new Error("the English test enrols the counsellor first");
    const plan = ARABIC.plan;
    const person = await resultPage(plan, PHONE);
    expect(await person.page.evaluate(() => document.documentElement.dir)).toBe("rtl");
    expect(person.requests.urls.filter((url) => url.includes("/api/") || /\/assets\/(ContactPages|contact)-/.test(url))).toEqual([]);
    const code = await writeToDemoService(person.page, "ar", { text: MESSAGES.arabic, attach: true, needHelpNow: true });
    expect(await person.page.evaluate(() => document.documentElement.dir)).toBe("rtl");
    await noHorizontalScroll(person.page, "the acknowledgement at 360 px");

    // The counsellor's console in Arabic, at 360 px, signing in again with the passkey.
    const { texts } = consoleTexts("ar");
    await counsellor.setViewportSize(PHONE);
    await counsellor.goto(`${e2e.origin}/console/?lang=ar`);
    expect(await counsellor.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(["ar", "rtl"]);
    await expectAxeClean(counsellor, "console sign-in (ar)");
    await counsellor.getByRole("button", { name: texts.signIn.button, exact: true }).click();
    await counsellor.getByRole("heading", { level: 1, name: texts.inbox.heading, exact: true }).waitFor();
    await expectAxeClean(counsellor, "console inbox (ar)");
    await noHorizontalScroll(counsellor, "the console inbox at 360 px");
    // Two urgent threads now (the English one and this one), both before nothing else.
    expect(await inboxOrder(counsellor, "ar")).toEqual(["urgent", "urgent"]);
    await openThreadContaining(counsellor, "ar", MESSAGES.arabic);
    await expectAxeClean(counsellor, "console thread (ar)");
    await noHorizontalScroll(counsellor, "the console thread at 360 px");
    await reply(counsellor, "ar", MESSAGES.replyArabic);

    await readAndDelete("ar", countryPath(plan), code, MESSAGES.replyArabic, PHONE);
    await counsellor.getByRole("button", { name: texts.thread.back, exact: true }).click();
    expect(await inboxOrder(counsellor, "ar")).toEqual(["urgent"]);
  });

  it("leaves no plaintext, no address and no user agent in the database", async () => {
    const needles = [CANARY, ...Object.values(MESSAGES), "127.0.0.1", "HeadlessChrome", "Mozilla/5.0"];
    const db = e2e.db;
    let haystack: string;
    if (db.db.dialect === "sqlite") {
      // The database file, its write-ahead log and shared memory: bytes as they lie on disk.
      haystack = db.files.map((file) => (existsSync(file) ? readFileSync(file).toString("latin1") + readFileSync(file).toString("utf8") : "")).join("\n");
    } else {
      const tables = await db.db.all<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
      const rows = await Promise.all(tables.map(({ table_name }) => db.db.all(`SELECT * FROM "${table_name}"`)));
      haystack = JSON.stringify(rows);
    }
    expect(haystack.length).toBeGreaterThan(0);
    // The check can fail: the same search finds the canary when it is put there.
    expect(`${haystack}${CANARY}`.includes(CANARY)).toBe(true);
    for (const needle of needles) expect(haystack.includes(needle), `"${needle}" in the ${db.db.dialect} database`).toBe(false);
  });
});

async function apiStatus(page: Page, path: string): Promise<number> {
  return page.evaluate(async (url) => (await fetch(url, { credentials: "same-origin" })).status, path);
}

async function noHorizontalScroll(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal scroll on ${where}`).toBeLessThanOrEqual(0);
}
