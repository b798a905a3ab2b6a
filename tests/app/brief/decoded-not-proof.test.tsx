// @vitest-environment jsdom
import "@testing-library/jest-dom/vitest";
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import ClinicianPages from "../../../src/app/clinician/ClinicianPages";
import { testContent } from "../render-app";

// Issue 18 item 6: every decoded result says that a code records what the person answered and is
// not a proof of it: the clinicians' decoder page, the person's comparison (every language) and
// the command line. Each failed on 4b72260, which said nothing of the kind.

afterEach(cleanup);
const root = resolve(import.meta.dirname, "../../..");

describe("a decoded result code is the person's own report", () => {
  it("the decoder page says so under every decoded result", async () => {
    const user = userEvent.setup({ delay: null });
    render(<ClinicianPages route={{ page: "decode" }} content={testContent} />);
    await user.type(await screen.findByRole("textbox", { name: "Result code" }), "DUDIT-1.0.0-242112345123-1YT6");
    await user.click(screen.getByRole("button", { name: "Decode" }));
    await screen.findByRole("heading", { level: 2, name: "Questionnaire: dudit@1.0.0" });
    expect(screen.getByText(/records what the person answered, as they entered it: it is their own report, not a proof of it/)).toBeInTheDocument();
  });

  it("every language has the comparison's sentence and the future-month error", () => {
    const languages = readdirSync(join(root, "locales"));
    expect(languages.length).toBeGreaterThan(10);
    for (const language of languages) {
      const compare = (JSON.parse(readFileSync(join(root, "locales", language, "intervention.json"), "utf8")) as { compare: { notProof?: string; error: Record<string, string> } }).compare;
      expect(compare.notProof, language).toMatch(/\S/);
      expect(compare.error["future-month"], language).toMatch(/\S/);
    }
  });

  it("npm run export:fhir -- --code says so on standard error", { timeout: 60_000 }, () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", join(root, "src/cli/export-fhir.ts"), "--code", "DUDIT-1.0.0-242112345123-1YT6"], { cwd: root, encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("it is their own report, not a proof of it");
  });
});
