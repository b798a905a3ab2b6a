/**
 * The person's and the counsellor's steps through the contact channel, by accessible names read
 * from the locale files (locales/<lang>/contact.json, results.json, common.json) and the console
 * texts (src/console/texts/), never from the code under test's output.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import type { Page } from "playwright-core";
import { formatViolations, runAxe } from "./axe";
import { ROOT } from "./paths";
import { CONSOLE_LANGUAGES, fill, type ConsoleLanguage } from "../../../src/console/texts";

type Tree = { [key: string]: string | Tree };
const read = (language: string, namespace: string): Tree => JSON.parse(readFileSync(join(ROOT, "locales", language, `${namespace}.json`), "utf8")) as Tree;

/** A text of a namespace by dotted key, with {{name}} filled. */
export function text(language: string, namespace: string, key: string, values: Record<string, string> = {}): string {
  const found = key.split(".").reduce<string | Tree | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), read(language, namespace));
  if (typeof found !== "string") throw new Error(`no text ${namespace}:${key} in ${language}`);
  return found.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

export async function expectAxeClean(page: Page, where: string): Promise<void> {
  const violations = await runAxe(page);
  expect(formatViolations(violations), `axe on ${where}`).toBe("");
}

/** What the person does from the result to the acknowledgement; returns the pickup code shown. */
export async function writeToDemoService(page: Page, language: string, message: { text: string; attach: boolean; needHelpNow: boolean }): Promise<string> {
  const c = (key: string, values: Record<string, string> = {}) => text(language, "contact", key, values);
  const demoName = text(language, "results", "contactOffer.demoName");
  const offer = page.getByRole("listitem").filter({ hasText: demoName });
  await offer.getByRole("button", { name: text(language, "results", "contactOffer.button"), exact: true }).click();
  await page.getByRole("heading", { level: 1, name: c("write.heading"), exact: true }).waitFor();
  await page.getByText(c("safety.cannotLocate"), { exact: true }).waitFor();
  await page.getByText(c("demo"), { exact: true }).waitFor();
  await expectAxeClean(page, `write (${language})`);
  await page.getByRole("textbox", { name: c("write.message"), exact: true }).fill(message.text);
  if (message.attach) await page.getByRole("checkbox", { name: c("write.attach"), exact: true }).check();
  if (message.needHelpNow) {
    await page.getByRole("checkbox", { name: c("write.urgent"), exact: true }).check();
    // The emergency number at once, before anything is sent.
    await page.getByRole("alert").getByText(c("urgent.now"), { exact: true }).waitFor();
  }
  const code =
    (
      await page
        .getByRole("region", { name: c("code.heading"), exact: true })
        .locator(".contact-code__value")
        .textContent()
    )?.trim() ?? "";
  expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]{4}$/);
  await expectAxeClean(page, `write, filled in (${language})`);
  await page.getByRole("button", { name: c("write.send"), exact: true }).click();
  await page.getByRole("heading", { level: 1, name: c("sent.heading"), exact: true }).waitFor();
  await page.getByText(c("safety.cannotLocate"), { exact: true }).waitFor();
  await expectAxeClean(page, `sent (${language})`);
  return code;
}

/** "Read replies" from a country page, then the pickup code. */
export async function openWithCode(page: Page, origin: string, countryPath: string, language: string, code: string): Promise<void> {
  const c = (key: string) => text(language, "contact", key);
  await page.goto(`${origin}${countryPath}`);
  await page.getByRole("link", { name: text(language, "common", "footer.readReplies"), exact: true }).click();
  await page.getByRole("heading", { level: 1, name: c("replies.heading"), exact: true }).waitFor();
  await page.getByText(c("safety.cannotLocate"), { exact: true }).waitFor();
  await expectAxeClean(page, `read replies (${language})`);
  await page.getByRole("textbox", { name: c("replies.codeLabel"), exact: true }).fill(code);
  await page.getByRole("button", { name: c("replies.open"), exact: true }).click();
}

export function consoleTexts(language: ConsoleLanguage) {
  const texts = CONSOLE_LANGUAGES[language];
  return { texts, fill };
}
