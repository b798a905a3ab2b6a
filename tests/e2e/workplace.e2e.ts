/**
 * Issue 19 in Chromium with virtual authenticators, against a real contact server (SQLite, or
 * PostgreSQL with CONTACT_TEST_DB=postgres): the lead enrols, invites a second counsellor with a
 * key-carrying link, who adds a second device; a person writes (urgent); the second counsellor
 * claims the thread, notes it and replies with a short answer; the lead sees the counts and the
 * audit log and removes the second counsellor, whose devices then get 401. axe on every
 * workplace screen in English, and in Arabic at 360 px. Texts come from src/console/team/texts-*.
 * Not covered here (server tests cover them): handover, recovery with the recovery words.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useContactE2E } from "./support/contact-harness";
import { consoleTexts, expectAxeClean } from "./support/contact-steps";
import { PHONE } from "./support/harness";
import { personWrites } from "../../server/tests/harness";
import { workplaceAr } from "../../src/console/team/texts-ar";
import { workplaceEn } from "../../src/console/team/texts-en";

const e2e = useContactE2E();
const { texts } = consoleTexts("en");
const w = workplaceEn;

async function enrol(page: Page, link: string, name: string, first: boolean): Promise<void> {
  await page.goto(link);
  await page.getByRole("heading", { level: 1, name: texts.enrol.heading, exact: true }).waitFor();
  // A link made in a console carries the key: no recovery words are asked for.
  expect(await page.getByRole("textbox", { name: texts.enrol.recoveryWords, exact: true }).count()).toBe(first ? 1 : 0);
  await page.getByRole("textbox", { name: texts.enrol.name, exact: true }).fill(name);
  await page.getByRole("button", { name: texts.enrol.button, exact: true }).click();
  if (first) {
    await page.getByRole("heading", { level: 1, name: texts.enrol.recoveryHeading, exact: true }).waitFor();
    await page.getByRole("button", { name: texts.enrol.done, exact: true }).click();
  }
  await page.getByRole("heading", { level: 1, name: texts.inbox.heading, exact: true }).waitFor();
}

const section = (page: Page, name: string) => page.getByRole("navigation", { name: w.nav.label }).getByRole("button", { name, exact: true }).click();
const linkShown = async (page: Page) => ((await page.locator(".console-words code").textContent()) ?? "").trim();
const meStatus = (page: Page) => page.evaluate(async () => (await fetch("/api/console/me", { credentials: "same-origin" })).status);

describe("the counsellor's workplace", () => {
  it("invites, adds a device, claims, notes, answers, counts, audits and removes", async () => {
    const lead = (await e2e.openWithAuthenticator()).page;
    await enrol(lead, await e2e.inviteLink(), "Lead", true);
    await section(lead, w.nav.team);
    await lead.getByRole("heading", { level: 1, name: w.team.heading, exact: true }).waitFor();
    await expectAxeClean(lead, "team");
    await lead.getByRole("button", { name: w.team.invite, exact: true }).click();
    const invite = await (async () => {
      await lead.locator(".console-words code").waitFor();
      return linkShown(lead);
    })();
    expect(invite).toMatch(/#invite=[A-Za-z0-9_-]{43}&key=[A-Za-z0-9_-]{43}$/);

    const sam = (await e2e.openWithAuthenticator()).page;
    await enrol(sam, invite, "Sam", false);
    await section(sam, w.nav.devices);
    await sam.getByRole("button", { name: w.devices.add, exact: true }).click();
    await sam.locator(".console-words code").waitFor();
    await expectAxeClean(sam, "my devices");
    const samPhone = (await e2e.openWithAuthenticator(PHONE)).page;
    await enrol(samPhone, await linkShown(sam), "Sam", false);

    await personWrites({ origin: e2e.origin }, "demo", "I need someone now", true);
    await section(samPhone, w.nav.inbox);
    await samPhone.getByRole("button", { name: texts.inbox.refresh, exact: true }).click();
    await samPhone.locator(".console-inbox__entry").first().getByRole("button").click();
    await samPhone.getByText("I need someone now").waitFor();
    await samPhone.getByRole("button", { name: w.tools.claim, exact: true }).click();
    await samPhone.getByRole("status").filter({ hasText: w.tools.assigned }).waitFor();
    await samPhone.getByRole("textbox", { name: w.tools.note, exact: true }).fill("call back after 18:00");
    await samPhone.getByRole("button", { name: w.tools.addNote, exact: true }).click();
    await samPhone.getByText("call back after 18:00").waitFor();
    await samPhone.getByRole("textbox", { name: `${w.tools.newAnswer} 1` }).fill("Hours");
    await samPhone.getByRole("textbox", { name: `${w.tools.newAnswer} 2` }).fill("We answer on working days.");
    await samPhone.getByRole("button", { name: w.tools.saveAnswer, exact: true }).click();
    await samPhone.getByRole("button", { name: `${w.tools.insert}: Hours`, exact: true }).click();
    expect(await samPhone.getByRole("textbox", { name: texts.thread.reply, exact: true }).inputValue()).toBe("We answer on working days.");
    await expectAxeClean(samPhone, "conversation with tools (360 px)");
    await samPhone.getByRole("button", { name: texts.thread.send, exact: true }).click();
    await samPhone.getByText(texts.thread.sent).waitFor();

    await section(lead, w.nav.counts);
    await lead.getByRole("heading", { level: 1, name: w.counts.heading, exact: true }).waitFor();
    await lead.getByText(w.counts.urgent.replace("{count}", "1"), { exact: true }).waitFor();
    await expectAxeClean(lead, "counts");
    await section(lead, w.nav.audit);
    await lead.locator("tbody tr").first().waitFor();
    const audit = (await lead.locator("tbody").textContent()) ?? "";
    for (const action of ["note", "reply", "claim", "invite"]) expect(audit).toContain(action);
    expect(audit).not.toContain("call back");
    await expectAxeClean(lead, "audit");

    await section(lead, w.nav.team);
    lead.once("dialog", (dialog) => void dialog.accept());
    await lead.getByRole("button", { name: w.team.remove.replace("{name}", "Sam"), exact: true }).click();
    await lead.getByRole("status").filter({ hasText: w.team.removed }).waitFor();
    expect(await meStatus(sam)).toBe(401);
    expect(await meStatus(samPhone)).toBe(401);
    expect(await meStatus(lead)).toBe(200);

    // Arabic, right to left, at 360 px: the lead's screens stay axe-clean.
    await lead.setViewportSize(PHONE);
    await lead.getByRole("combobox", { name: texts.language, exact: true }).selectOption("ar");
    for (const [name, heading] of [
      [workplaceAr.nav.team, workplaceAr.team.heading],
      [workplaceAr.nav.counts, workplaceAr.counts.heading],
      [workplaceAr.nav.audit, workplaceAr.audit.heading],
    ] as const) {
      await lead.getByRole("navigation", { name: workplaceAr.nav.label }).getByRole("button", { name, exact: true }).click();
      await lead.getByRole("heading", { level: 1, name: heading, exact: true }).waitFor();
      expect(await lead.evaluate(() => document.documentElement.dir)).toBe("rtl");
      expect(await lead.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await expectAxeClean(lead, `${heading} (ar, 360 px)`);
    }
  });
});
