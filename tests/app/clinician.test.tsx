// @vitest-environment jsdom
import "@testing-library/jest-dom/vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../../src/app/App";
import ClinicianPages from "../../src/app/clinician/ClinicianPages";
import { createTestI18n } from "./test-i18n";
import { createAppStore } from "../../src/app/store/create-store";
import { DiffPage, DiffView } from "../../src/app/clinician/DiffPage";
import { parseClinicianRoute } from "../../src/app/clinician/route";
import { encodeResultCode } from "../../src/engine";
import { Definition } from "../../src/engine/schema";
import { definition, instrumentText } from "./content";
import { renderApp, testContent } from "./render-app";
import { answer, answerSex, begin } from "./steps";

afterEach(() => {
  cleanup();
  window.location.hash = "";
});

const dudit = definition("dudit");
const duditEn = instrumentText("en", "dudit");

describe("clinician routes", () => {
  it("reads only questionnaire versions from the hash, and leaves every other hash to the self-check", () => {
    expect(parseClinicianRoute("#/rules/dudit@1.0.0")).toEqual({ page: "rules", key: "dudit@1.0.0" });
    expect(parseClinicianRoute("#/rules")).toEqual({ page: "rules-index" });
    expect(parseClinicianRoute("#/rules/<script>")).toEqual({ page: "rules-index" });
    expect(parseClinicianRoute("#/diff/audit@1.0.0/audit@2.0.0")).toEqual({ page: "diff", from: "audit@1.0.0", to: "audit@2.0.0" });
    expect(parseClinicianRoute("#/decode/DUDIT-1.0.0-242112345123-1YT6")).toEqual({ page: "decode" });
    expect(parseClinicianRoute("#main")).toBeNull();
    expect(parseClinicianRoute("")).toBeNull();
  });
});

describe("clinician pages inside the app", () => {
  it("opens from the address, keeps its own title while the self-check loads, and leaves back to it", { timeout: 30_000 }, async () => {
    window.location.hash = "#/rules/dudit@1.0.0";
    const i18n = createTestI18n();
    // At `/` (no country page): the chooser loads behind the clinician page.
    const store = createAppStore({ content: testContent, i18n, leave: () => undefined, preferredLanguages: ["en-GB"], hideDemoCountries: false, landing: null });
    const user = userEvent.setup({ delay: null });
    render(<App store={store} i18n={i18n} />);
    expect(await screen.findByText("DUDIT 1.0.0: scoring rules", { selector: "h1" }, { timeout: 10_000 })).toBeInTheDocument();
    await waitFor(() => expect(store.getState().step.kind).toBe("chooser"), { timeout: 10_000 });
    expect(document.title).toBe("dudit@1.0.0: Scoring rules – Selfcheck");
    expect(screen.getByText("DUDIT 1.0.0: scoring rules", { selector: "h1" }).closest("[lang]")).toHaveAttribute("lang", "en");
    expect(screen.getByRole("button", { name: "Quick exit" })).toBeInTheDocument();
    await user.click(screen.getByRole("link", { name: "Back to the self-check" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Check your drug or alcohol use" })).toBeInTheDocument();
    expect(document.title).toBe("Check your drug or alcohol use – Selfcheck");
  });
});

describe("rules page in the app", () => {
  it("shows every option's points, the cut-offs and the worked examples run live", { timeout: 30_000 }, async () => {
    const { container } = render(<ClinicianPages route={{ page: "rules", key: "dudit@1.0.0" }} content={testContent} />);
    expect(await screen.findByText("DUDIT 1.0.0: scoring rules", { selector: "h1" })).toBeInTheDocument();
    // Role queries over a page this long are slow in jsdom; rows are compared by their cells' text.
    const rows = [...container.querySelectorAll("tr")].map((row) => [...row.cells].map((cell) => cell.textContent));
    for (const item of dudit.items) {
      for (const option of item.options) expect(rows).toContainEqual([duditEn.items[item.id]!.options[option.id], option.id, String(option.points)]);
    }
    const caption = (text: string) => [...container.querySelectorAll("caption")].find((element) => element.textContent === text)?.closest("table");
    const bandRows = (table: HTMLTableElement | null | undefined) => [...(table?.tBodies[0]?.rows ?? [])].map((row) => [row.cells[0]?.textContent, row.cells[1]?.textContent]);
    expect(bandRows(caption("total, for male"))).toEqual([
      ["below-cutoff", "0–5"],
      ["drug-related-problems", "6–24"],
      ["probable-dependence", "25 or more (up to 44)"],
    ]);
    expect(bandRows(caption("total, for female, other and not given"))).toEqual([
      ["below-cutoff", "0–1"],
      ["drug-related-problems", "2–24"],
      ["probable-dependence", "25 or more (up to 44)"],
    ]);
    expect(screen.getByText(/while this page was made: \d+ passed, 0 failed\./)).toBeInTheDocument();
    expect(screen.getByText("Translations", { selector: "h2" })).toBeInTheDocument();
  });

  it("says so for a version this copy does not have", async () => {
    render(<ClinicianPages route={{ page: "rules", key: "dudit@9.0.0" }} content={testContent} />);
    expect(await screen.findByRole("alert")).toHaveTextContent("There is no questionnaire version dudit@9.0.0");
  });
});

describe("diff page in the app", () => {
  it("lists the fixture version's changes in plain words", () => {
    const fixture = Definition.parse(JSON.parse(readFileSync(path.join(import.meta.dirname, "../fixtures/versions/dudit/2.0.0.json"), "utf8")));
    render(<DiffView from={{ definition: dudit, locales: [duditEn] }} to={{ definition: fixture, locales: [duditEn] }} />);
    expect(screen.getByRole("heading", { level: 1, name: "Changes from dudit@1.0.0 to dudit@2.0.0" })).toBeInTheDocument();
    expect(screen.getByText("[scoring] Bands of total for male: band below-cutoff now covers 0–6 (was 0–5).")).toBeInTheDocument();
    expect(screen.getByText("[scoring] Item 10 (q10): option “Yes, but not over the past year” now scores 3 points instead of 2.")).toBeInTheDocument();
  });
});

describe("diff page form", () => {
  it("puts only the two chosen versions in the address and compares them", { timeout: 30_000 }, async () => {
    const user = userEvent.setup({ delay: null });
    const view = render(<DiffPage from={null} to={null} content={testContent} />);
    expect(screen.getByRole("heading", { level: 1, name: "Compare two versions" })).toBeInTheDocument();
    expect(screen.getByText(/has a single version, so there is nothing to compare yet/)).toBeInTheDocument();
    await user.selectOptions(screen.getByRole("combobox", { name: "From version" }), "dudit@1.0.0");
    await user.selectOptions(screen.getByRole("combobox", { name: "To version" }), "audit@1.0.0");
    await user.click(screen.getByRole("button", { name: "Compare" }));
    expect(window.location.hash).toBe("#/diff/dudit@1.0.0/audit@1.0.0");
    view.rerender(<DiffPage from="dudit@1.0.0" to="audit@1.0.0" content={testContent} />);
    // Loading both versions can take a while when the whole suite runs in parallel.
    expect(await screen.findByText("These are different questionnaires: dudit and audit.", {}, { timeout: 10_000 })).toBeInTheDocument();
  });
});

describe("result-code decoder", () => {
  const PLAN: [string, string][] = [
    ["q1", "two-to-four-a-month"],
    ["q2", "monthly-or-less"],
    ["q3", "one-two"],
    ["q4", "less-than-monthly"],
    ["q5", "never"],
    ["q6", "never"],
    ["q7", "less-than-monthly"],
    ["q8", "weekly"],
    ["q9", "monthly"],
    ["q10", "no"],
    ["q11", "yes-not-past-year"],
  ];

  it("reproduces exactly the score and band the wizard showed for the same answers", { timeout: 60_000 }, async () => {
    const { user, store } = await renderApp();
    // The country page runs its default check from question 1: the link names that check's rules already.
    expect(screen.getByRole("link", { name: "For clinicians: how this check is scored" })).toHaveAttribute("href", "#/rules/dudit@1.0.0");
    await begin(user, "Drugs");
    for (const [index, [itemId, optionId]] of PLAN.entries()) await answer(user, duditEn, itemId, optionId, "Next", index === 0);
    await answerSex(user, "Prefer not to say");
    await screen.findByRole("heading", { level: 1, name: "Your result" });
    const main = screen.getByRole("main");
    const scoreLine = within(main).getByText(/^You scored \d+ out of \d+\.$/).textContent!;
    const [, value, max] = /^You scored (\d+) out of (\d+)\.$/.exec(scoreLine)!;
    const label = main.querySelector(".band-label")?.textContent;
    const shownFlag = within(main).queryByText(duditEn.flags["stopping-safely"]!);
    const { definition: scored, answers: given, profile: told } = store.getState();
    const today = new Date();
    const code = encodeResultCode(scored!, given, told, { year: today.getFullYear(), month: today.getMonth() + 1 });
    expect(within(main).getByText(code)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "For clinicians: how this check is scored" })).toHaveAttribute("href", "#/rules/dudit@1.0.0");
    cleanup();

    const decoderUser = userEvent.setup({ delay: null });
    render(<ClinicianPages route={{ page: "decode" }} content={testContent} />);
    await decoderUser.type(await screen.findByRole("textbox", { name: "Result code" }), code.toLowerCase());
    await decoderUser.click(screen.getByRole("button", { name: "Decode" }));
    expect(await screen.findByRole("heading", { level: 2, name: "Questionnaire: dudit@1.0.0" })).toBeInTheDocument();
    expect(screen.getByTestId("score-total")).toHaveTextContent(`${value} out of ${max}`);
    expect(label).toBeTruthy();
    expect(screen.getByTestId("band-total").textContent).toContain(label!);
    expect(screen.getByText("Sex: not-given")).toBeInTheDocument();
    const rows = [...document.querySelectorAll("tbody tr")].map((row) => [...(row as HTMLTableRowElement).cells].map((cell) => cell.textContent));
    for (const [index, [itemId, optionId]] of PLAN.entries()) {
      const points = dudit.items.find((item) => item.id === itemId)!.options.find((option) => option.id === optionId)!.points;
      expect(rows[index]).toEqual([String(index + 1), duditEn.items[itemId]!.text, duditEn.items[itemId]!.options[optionId], String(points)]);
    }
    // q8 weekly fires the safety flag in the wizard; the decoder lists the same rule.
    expect(shownFlag).not.toBeNull();
    expect(screen.getByText(/Safety flag stopping-safely/)).toBeInTheDocument();
    expect(screen.getByText(/the cut-offs for female \(the lower, more sensitive ones\) were applied/)).toBeInTheDocument();
  });

  it("shows a clear message and nothing else for a tampered or foreign code", async () => {
    const user = userEvent.setup({ delay: null });
    render(<ClinicianPages route={{ page: "decode" }} content={testContent} />);
    const input = await screen.findByRole("textbox", { name: "Result code" });
    const real = encodeResultCode(dudit, Object.fromEntries(dudit.items.map((item) => [item.id, item.options[0]!.id])), { sex: "male" });
    // The first answer changed by hand (option 1 -> option 2), the check left as it was.
    const parts = real.split("-");
    parts[3] = `${parts[3]!.slice(0, 1)}2${parts[3]!.slice(2)}`;
    const tampered = parts.join("-");
    expect(tampered).not.toBe(real);
    await user.type(input, tampered);
    await user.click(screen.getByRole("button", { name: "Decode" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("The result code does not add up");
    expect(screen.queryByRole("heading", { level: 2 })).toBeNull();
    expect(screen.queryByRole("table")).toBeNull();
    expect(input).toHaveAttribute("aria-invalid", "true");

    await user.clear(input);
    await user.type(input, "hello");
    await user.click(screen.getByRole("button", { name: "Decode" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("This is not a result code");
    expect(window.location.hash).toBe("");
  });
});
