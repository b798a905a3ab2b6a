/**
 * The clinician pages in real Chromium against the production build: a result code copied
 * from a real self-check decodes to the same result; the rules page opens from the result
 * and runs its worked examples; both pages pass axe; the pages' chunk is not loaded by the
 * self-check itself; no code ends up in the URL, storage or another origin.
 */
import { describe, expect, it } from "vitest";
import { formatViolations, runAxe } from "./support/axe";
import { useE2E } from "./support/harness";
import { ENGLISH } from "./support/plans";
import { storageIsEmpty } from "./support/storage";
import { Wizard } from "./support/wizard";

const e2e = useE2E();

describe("clinician pages", () => {
  it("decode a code copied from a real self-check to the same result", async () => {
    const { page, requests, origin, context } = await e2e.open();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    const wizard = new Wizard(page);
    await wizard.run(origin, ENGLISH.plan);
    expect(
      requests.urls.filter((url) => url.includes("ClinicianPages")),
      "the clinician chunk is loaded only when opened",
    ).toEqual([]);

    const band = wizard.instrument("dudit").bands[ENGLISH.expected.band]!;
    const main = page.getByRole("main");
    await main.getByText(wizard.results("scoreLine", { value: ENGLISH.expected.score, max: ENGLISH.expected.max }), { exact: true }).waitFor();
    await page.getByRole("button", { name: wizard.results("code.copy"), exact: true }).click();
    await main.getByText(wizard.results("code.copied"), { exact: true }).waitFor();
    const code = await page.evaluate(() => navigator.clipboard.readText());
    // The app's codes carry the month of the check (YYMM) before the check symbols.
    const today = new Date();
    const yymm = `${String(today.getFullYear() - 2000).padStart(2, "0")}${String(today.getMonth() + 1).padStart(2, "0")}`;
    expect(code).toMatch(new RegExp(`^DUDIT-1\\.0\\.0-[0-9A-Z]+-${yymm}-[0-9A-Z]{4}$`));

    // From the result to the rules of the exact version that scored it.
    await page.getByRole("link", { name: wizard.common("footer.clinicians"), exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "DUDIT 1.0.0: scoring rules" }).waitFor();
    expect(new URL(page.url()).hash).toBe("#/rules/dudit@1.0.0");
    await page.getByText(/while this page was made: \d+ passed, 0 failed\./).waitFor();
    expect(formatViolations(await runAxe(page))).toBe("");
    // A person may follow the link from their result: the quick exit stays.
    expect(await page.getByRole("button", { name: wizard.common("quickExit.button"), exact: true }).count()).toBe(1);

    await page.getByRole("link", { name: "Compare versions", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Compare two versions" }).waitFor();
    expect(formatViolations(await runAxe(page))).toBe("");
    await page.getByRole("link", { name: "Scoring rules", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Scoring rules for clinicians" }).waitFor();
    expect(formatViolations(await runAxe(page))).toBe("");

    await page.getByRole("link", { name: "Decode a result code", exact: true }).click();
    const input = page.getByRole("textbox", { name: "Result code", exact: true });
    await input.focus();
    await page.keyboard.press("Control+V");
    expect(await input.inputValue()).toBe(code);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: "Questionnaire: dudit@1.0.0" }).waitFor();
    expect(await page.getByTestId("score-total").textContent()).toBe(`${ENGLISH.expected.score} out of ${ENGLISH.expected.max}`);
    expect(await page.getByTestId("band-total").textContent()).toBe(`${band.label} (${ENGLISH.expected.band})`);
    expect(await page.getByText(`Sex: ${ENGLISH.plan.sex}`, { exact: true }).count()).toBe(1);
    const monthName = new Intl.DateTimeFormat("en", { year: "numeric", month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(today.getFullYear(), today.getMonth(), 15)));
    expect(await page.getByText(`Month of the check: ${monthName}`, { exact: true }).count()).toBe(1);
    expect(formatViolations(await runAxe(page))).toBe("");

    // A tampered code: a message, and the decoded result is gone.
    await input.fill(code.slice(0, -1) + (code.endsWith("0") ? "1" : "0"));
    await page.keyboard.press("Enter");
    await page
      .getByRole("alert")
      .getByText(/does not add up/)
      .waitFor();
    expect(await page.getByRole("heading", { level: 2 }).count()).toBe(0);

    expect(page.url()).not.toContain(code);
    expect(requests.foreign(origin), "requests to other origins").toEqual([]);
    const storage = await storageIsEmpty(page);
    expect(storage.empty, JSON.stringify(storage)).toBe(true);
  });
});
