// @vitest-environment jsdom
import "@testing-library/jest-dom/vitest";
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { I18nextProvider } from "react-i18next";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ResultCode } from "../../src/app/components/ResultCode";
import { ResultScale } from "../../src/app/components/ResultScale";
import { createTestI18n } from "./test-i18n";
import { DEFAULT_QUICK_EXIT_URL } from "../../src/app/store/create-store";
import type { ScaleSegment } from "../../src/app/store/views";
import { uiText } from "./content";
import { renderChooser } from "./render-app";

// The result code's copy button, the scale's text alternative and its mirroring in right-to-left
// languages, and the quick exit before any country is chosen.

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function englishI18n() {
  const i18n = createTestI18n();
  for (const ns of ["common", "wizard", "results"]) i18n.addResourceBundle("en", ns, uiText("en", ns));
  void i18n.changeLanguage("en");
  return i18n;
}

describe("result code", () => {
  const CODE = "DUDIT-1.0.0-412312312312-1SKS";

  it("copies the code to the clipboard and says so", async () => {
    const user = userEvent.setup();
    // user-event installs its own clipboard stub; spy on it to see what was written.
    const writeText = vi.spyOn(navigator.clipboard, "writeText");
    render(
      <I18nextProvider i18n={englishI18n()}>
        <ResultCode code={CODE} />
      </I18nextProvider>,
    );
    expect(screen.getByText(/you can show this code to a doctor or counsellor/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Copy code" }));
    expect(writeText).toHaveBeenCalledWith(CODE);
    expect(screen.getByRole("status")).toHaveTextContent("Code copied.");
  });

  it("when the clipboard refuses, selects the code and asks the person to copy it", async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new Error("denied"));
    render(
      <I18nextProvider i18n={englishI18n()}>
        <ResultCode code={CODE} />
      </I18nextProvider>,
    );
    await user.click(screen.getByRole("button", { name: "Copy code" }));
    expect(await screen.findByText("Could not copy. Select the code and copy it yourself.")).toBeInTheDocument();
    expect(window.getSelection()?.toString()).toBe(CODE);
  });
});

describe("result scale", () => {
  // DUDIT, women's bands: 0–1, 2–24, 25–44; a score of 11 lies in the second.
  const segments: ScaleSegment[] = [
    { bandId: "below-cutoff", feedback: "below-cutoff", min: 0, max: 1, isResult: false },
    { bandId: "drug-related-problems", feedback: "drug-related-problems", min: 2, max: 24, isResult: true },
    { bandId: "probable-dependence", feedback: "probable-dependence", min: 25, max: 44, isResult: false },
  ];
  const draw = (rtl: boolean) => {
    const { container } = render(<ResultScale min={0} max={44} value={11} segments={segments} rtl={rtl} label="A scale from 0 to 44" />);
    const svg = container.querySelector("svg")!;
    const rects = Array.from(svg.querySelectorAll("rect")).map((rect) => ({ x: Number(rect.getAttribute("x")), width: Number(rect.getAttribute("width")) }));
    const markerX = Number(svg.querySelector("line")!.getAttribute("x1"));
    cleanup();
    return { svg, rects, markerX };
  };

  it("is an image whose text alternative is the label", () => {
    render(<ResultScale min={0} max={44} value={11} segments={segments} rtl={false} label="A scale from 0 to 44" />);
    expect(screen.getByRole("img", { name: "A scale from 0 to 44" })).toBeInTheDocument();
  });

  it("runs from the left in left-to-right languages and from the right in right-to-left ones", () => {
    // 45 score points over 320 units: the lowest band (2 points) is 320 × 2/45 ≈ 14.2 wide;
    // the marker sits in the middle of score 11: 320 × 11.5/45 ≈ 81.8 from the start.
    const ltr = draw(false);
    expect(ltr.rects[0]?.x).toBeCloseTo(0, 5);
    expect(ltr.rects[0]?.width).toBeCloseTo(14.222, 2);
    expect(ltr.markerX).toBeCloseTo(81.778, 2);
    const rtl = draw(true);
    expect(rtl.rects[0]?.x).toBeCloseTo(320 - 14.222, 2);
    expect(rtl.markerX).toBeCloseTo(320 - 81.778, 2);
    // The highest band touches the other end.
    expect(rtl.rects[2]?.x).toBeCloseTo(0, 5);
  });
});

describe("quick exit before a country is chosen", () => {
  let replace: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    replace = vi.fn();
    const original = window.location;
    vi.spyOn(window, "location", "get").mockReturnValue({ ...original, replace } as unknown as Location);
  });

  it("goes to the default neutral page", { timeout: 30_000 }, async () => {
    const { user, store } = await renderChooser();
    expect(store.getState().step).toEqual({ kind: "chooser" });
    expect(store.getState().countryCode).toBeNull();
    await user.keyboard("{Escape}");
    expect(DEFAULT_QUICK_EXIT_URL).toBe("https://www.wikipedia.org/");
    expect(replace).toHaveBeenCalledWith("https://www.wikipedia.org/");
    expect(store.getState().step).toEqual({ kind: "left" });
  });
});
