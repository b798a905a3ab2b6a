// @vitest-environment jsdom
import "@testing-library/jest-dom/vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import ClinicianPages from "../../../src/app/clinician/ClinicianPages";
import { testContent } from "../render-app";

afterEach(cleanup);

describe("clinician page: questions about use", () => {
  it("is listed on the rules index", () => {
    render(<ClinicianPages route={{ page: "rules-index" }} content={testContent} />);
    expect(screen.getByRole("link", { name: "about-your-use@1.0.0" })).toHaveAttribute("href", "#/rules/about-your-use@1.0.0");
  });

  it("shows which advice each answer brings up", async () => {
    render(<ClinicianPages route={{ page: "rules", key: "about-your-use@1.0.0" }} content={testContent} />);
    const table = await screen.findByRole("table", { name: /^injected: Have you injected/ });
    const yes = within(table).getByRole("row", { name: /Yes yes/ });
    expect(yes).toHaveTextContent("injecting-equipment, injecting-testing");
    expect(screen.getByRole("heading", { level: 3, name: "opioid-naloxone" })).toBeInTheDocument();
  });
});
