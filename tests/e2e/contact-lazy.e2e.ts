/**
 * Issue 17: the self-check carries nothing of the contact before the person asks for it. On the
 * e2e build: no /api/ request and no contact chunk up to the result, and none until the tap;
 * the tap fetches the chunk and still sends nothing to the API until "Send"; nothing is stored.
 * On the production build: no demo service and no console or WebAuthn code in the self-check's
 * files; the service worker never lists a contact file.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useE2E } from "./support/harness";
import { DIST, DIST_E2E } from "./support/paths";
import { ENGLISH } from "./support/plans";
import { storageIsEmpty } from "./support/storage";
import { text } from "./support/contact-steps";
import { Wizard } from "./support/wizard";

const e2e = useE2E();
const CONTACT_FILE = /\/assets\/(ContactPages|contact)-[^/]+\.(js|css)$/;
const isContact = (url: string) => url.includes("/api/") || CONTACT_FILE.test(new URL(url).pathname);

const scripts = (folder: string) =>
  readdirSync(join(folder, "assets"))
    .filter((name) => name.endsWith(".js"))
    .map((name) => readFileSync(join(folder, "assets", name), "utf8"));
// The demo contact block as the bundler writes it (src/app/contact-offer/demo-service.ts).
const DEMO_BLOCK = /demo:!0,hours:\{timeZone:.UTC./;

describe("the contact chunk loads only on the tap", () => {
  it("no /api/ request and no contact file before the tap; the chunk after it; no API call before Send; nothing stored", async () => {
    const { page, requests, origin } = await e2e.open();
    const wizard = new Wizard(page, "en");
    await wizard.open(origin, ENGLISH.plan);
    // "Read replies" is a plain link on the country page: present, not followed.
    await page.getByRole("link", { name: text("en", "common", "footer.readReplies"), exact: true }).waitFor();
    await wizard.answerAll(ENGLISH.plan);
    await wizard.waitForResult();
    const offer = page.getByRole("button", { name: text("en", "results", "contactOffer.button"), exact: true });
    await offer.waitFor();
    // Let the result's own lazy parts and the service worker settle first.
    await page.waitForTimeout(2500);
    expect(requests.urls.filter(isContact)).toEqual([]);

    await offer.click();
    await page.getByRole("heading", { level: 1, name: text("en", "contact", "write.heading"), exact: true }).waitFor();
    expect(requests.urls.filter((url) => CONTACT_FILE.test(new URL(url).pathname)).length).toBeGreaterThan(0);
    expect(requests.urls.filter((url) => url.includes("/api/"))).toEqual([]);
    expect(requests.foreign(origin)).toEqual([]);
    const storage = await storageIsEmpty(page);
    expect(storage.empty, JSON.stringify(storage)).toBe(true);
  });

  it("keeps the pickup code on the device only when asked, and deletes it with one tap", async () => {
    const { page, origin } = await e2e.open();
    await page.goto(`${origin}/mk/en/#/contact/write/demo`);
    const code = page.getByRole("region", { name: text("en", "contact", "code.heading"), exact: true });
    await code.waitFor();
    expect((await storageIsEmpty(page)).empty).toBe(true);
    await code.getByRole("button", { name: text("en", "contact", "code.keep"), exact: true }).click();
    await code.getByText(text("en", "contact", "code.kept"), { exact: true }).waitFor();
    expect((await storageIsEmpty(page)).localStorage).toEqual(["selfcheck-contact-codes"]);
    await code.getByRole("button", { name: text("en", "contact", "code.forget"), exact: true }).click();
    await code.getByText(text("en", "contact", "code.forgotten"), { exact: true }).waitFor();
    expect((await storageIsEmpty(page)).empty).toBe(true);
  });

  it("a link to a country page's contact route (the help page's links) opens it on page load", async () => {
    const { page, origin, requests } = await e2e.open();
    await page.goto(`${origin}/mk/en/#/contact/replies`);
    await page.getByRole("heading", { level: 1, name: text("en", "contact", "replies.heading"), exact: true }).waitFor();
    await page.getByRole("textbox", { name: text("en", "contact", "replies.codeLabel"), exact: true }).waitFor();
    expect(requests.urls.filter((url) => url.includes("/api/"))).toEqual([]);
  });

  it("the service worker neither precaches nor keeps a contact file", () => {
    const worker = readFileSync(join(DIST_E2E, "sw.js"), "utf8");
    const contactFiles = readdirSync(join(DIST_E2E, "assets")).filter((name) => /^(ContactPages|contact)-/.test(name));
    expect(contactFiles.length).toBeGreaterThan(0);
    for (const name of contactFiles) expect(worker.includes(`/assets/${name}`), name).toBe(false);
  });

  it("the demo service is in the e2e build only, never in the production build", () => {
    expect(scripts(DIST_E2E).some((source) => DEMO_BLOCK.test(source))).toBe(true);
    expect(scripts(DIST).some((source) => DEMO_BLOCK.test(source))).toBe(false);
  });

  it("no console and no WebAuthn code in the self-check's files; the console has it", () => {
    const marks = ["navigator.credentials", "simplewebauthn", "startRegistration", "console-inbox"];
    for (const source of scripts(DIST)) for (const mark of marks) expect(source.includes(mark), mark).toBe(false);
    const console = scripts(join(DIST_E2E, "console")).join("\n");
    expect(console.includes("navigator.credentials")).toBe(true);
  });
});
