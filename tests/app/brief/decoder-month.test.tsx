// @vitest-environment jsdom
import "@testing-library/jest-dom/vitest";
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import ClinicianPages from "../../../src/app/clinician/ClinicianPages";
import { testContent } from "../render-app";

afterEach(cleanup);

async function decode(code: string): Promise<void> {
  const user = userEvent.setup({ delay: null });
  render(<ClinicianPages route={{ page: "decode" }} content={testContent} />);
  await user.type(await screen.findByRole("textbox", { name: "Result code" }), code);
  await user.click(screen.getByRole("button", { name: "Decode" }));
  await screen.findByRole("heading", { level: 2, name: "Questionnaire: dudit@1.0.0" });
}

describe("result-code decoder and the month of the check", () => {
  // Hand-built in tests/engine/result-code-date.test.ts.
  it("shows the month a dated code carries", async () => {
    await decode("DUDIT-1.0.0-242112345123-2612-09AK");
    expect(screen.getByText("Month of the check: December 2026")).toBeInTheDocument();
  });

  it("says when an older code has no month", async () => {
    await decode("DUDIT-1.0.0-242112345123-1YT6");
    expect(screen.getByText(/^Month of the check: not recorded/)).toBeInTheDocument();
  });
});
