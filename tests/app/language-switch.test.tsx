// @vitest-environment jsdom
import "@testing-library/jest-dom/vitest";
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ContentSource } from "../../src/app/content/source";
import { instrumentText, uiString } from "./content";
import { renderApp, testContent } from "./render-app";
import { answer, begin, chooseLanguageLink, optionLabel } from "./steps";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const en = instrumentText("en", "dudit");
const mk = instrumentText("mk", "dudit");
const ar = instrumentText("ar", "dudit");
const arProfile = (key: string): string => uiString("ar", "wizard", `profile.${key}`);

/**
 * The real content as if mk and ar had no alcohol texts yet. Every bundled language may gain
 * every text, so the tests of a missing text must not depend on which real files exist.
 */
const withoutAlcoholTexts: ContentSource = {
  ...testContent,
  instrumentTextStatus: (language, id) => (["mk", "ar"].includes(language) && id.startsWith("audit") ? null : testContent.instrumentTextStatus(language, id)),
};

/** The header's language links of a country page (named "Language" in the language shown). */
const languageLink = (navName: string, name: string) => within(screen.getByRole("navigation", { name: navName })).getByRole("link", { name });

describe("the language links of a country page", () => {
  it("lists the country's languages by their own names, each linking to its page, the current one marked", { timeout: 30_000 }, async () => {
    await renderApp();
    const nav = screen.getByRole("navigation", { name: "Language" });
    const links = within(nav).getAllByRole("link");
    // TEST_COUNTRY's languages, in its order: en, mk, ar.
    expect(links.map((link) => [link.textContent, link.getAttribute("href"), link.getAttribute("lang")])).toEqual([
      ["English", "/xx/en/", "en"],
      ["Македонски", "/xx/mk/", "mk"],
      ["العربية", "/xx/ar/", "ar"],
    ]);
    expect(within(nav).getByRole("link", { name: "English" })).toHaveAttribute("aria-current", "page");
    expect(within(nav).getByRole("link", { name: "Македонски" })).not.toHaveAttribute("aria-current");
    // No language select on a country page.
    expect(screen.queryByRole("combobox", { name: "Language" })).not.toBeInTheDocument();
  });
});

describe("switching language in the middle of a check", () => {
  it("keeps every answer from en to mk to ar, sets html lang and dir, and puts the language's page in the address", { timeout: 60_000 }, async () => {
    const { user, store } = await renderApp();
    const replaceState = vi.spyOn(window.history, "replaceState");
    expect(document.documentElement).toHaveAttribute("lang", "en");
    expect(document.documentElement).toHaveAttribute("dir", "ltr");
    await begin(user, "Drugs");
    await answer(user, en, "q1", "monthly-or-less", "Next", true);
    await answer(user, en, "q2", "two-to-four-a-month");
    const before = store.getState().answers;

    await chooseLanguageLink(user, "Language", "Македонски");
    await waitFor(() => expect(document.documentElement).toHaveAttribute("lang", "mk"));
    expect(document.documentElement).toHaveAttribute("dir", "ltr");
    expect(store.getState().answers).toEqual(before);
    expect(screen.getByRole("group", { name: mk.items["q3"]!.text })).toBeInTheDocument();
    expect(screen.getByText("Прашање 3 од 11")).toBeInTheDocument();
    expect(screen.getByText("Овие прашања се работен превод кој сè уште не е валидиран.")).toBeInTheDocument();
    await waitFor(() => expect(replaceState).toHaveBeenCalledWith(null, "", "/xx/mk/"));
    expect(window.location.pathname).toBe("/xx/mk/");
    expect(languageLink("Јазик", "Македонски")).toHaveAttribute("aria-current", "page");
    expect(languageLink("Јазик", "English")).not.toHaveAttribute("aria-current");

    await user.click(screen.getByRole("button", { name: "Назад" }));
    const q2 = await screen.findByRole("group", { name: mk.items["q2"]!.text });
    expect(within(q2).getByRole("radio", { name: optionLabel(mk, "q2", "two-to-four-a-month") })).toBeChecked();

    await chooseLanguageLink(user, "Јазик", "العربية");
    await waitFor(() => expect(document.documentElement).toHaveAttribute("lang", "ar"));
    expect(document.documentElement).toHaveAttribute("dir", "rtl");
    await waitFor(() => expect(replaceState).toHaveBeenLastCalledWith(null, "", "/xx/ar/"));
    expect(store.getState().answers).toEqual(before);
    const q2ar = screen.getByRole("group", { name: ar.items["q2"]!.text });
    expect(within(q2ar).getByRole("radio", { name: optionLabel(ar, "q2", "two-to-four-a-month") })).toBeChecked();
    await user.click(screen.getByRole("button", { name: "التالي" }));

    // DUDIT asks sex after its questions, so the last question's button is "Next" too.
    for (const itemId of ["q3", "q4", "q5", "q6", "q7", "q8", "q9", "q10", "q11"]) {
      const option = itemId === "q3" ? "none" : itemId === "q10" || itemId === "q11" ? "no" : "never";
      await answer(user, ar, itemId, option, "التالي");
    }
    const sex = await screen.findByRole("group", { name: arProfile("legend") });
    expect(screen.getByText(arProfile("captionLast"))).toBeInTheDocument();
    await user.click(within(sex).getByRole("radio", { name: arProfile("female") }));
    await user.click(screen.getByRole("button", { name: "اعرض نتيجتي" }));
    await screen.findByRole("heading", { level: 1, name: "نتيجتك" });
    expect(store.getState().answers).toMatchObject(before);
    expect(store.getState().profile).toEqual({ sex: "female" });
    // 1 + 2 = 3: at or above the women's cut-off of 2.
    expect(screen.getByText("حصلت على 3 من 44.")).toBeInTheDocument();
    expect(screen.getAllByText(ar.bands["drug-related-problems"]!.label).length).toBeGreaterThan(0);
    expect(screen.getByText("الأسئلة ترجمة أولية لم يتم التحقق من صحتها بعد، لذلك قد تكون نتيجتك أقل دقة.")).toBeInTheDocument();
  });

  it("does not offer a check whose questions do not exist in the language, and says so", { timeout: 30_000 }, async () => {
    const { user } = await renderApp({ content: withoutAlcoholTexts });
    await chooseLanguageLink(user, "Language", "Македонски");
    await waitFor(() => expect(document.documentElement).toHaveAttribute("lang", "mk"));
    await user.click(await screen.findByRole("button", { name: "Избери друга проверка" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Изберете проверка" })).toBeInTheDocument();
    const group = await screen.findByRole("group", { name: "Што сакате да проверите?" });
    await waitFor(() => expect(within(group).getByRole("radio", { name: "Дроги" })).toBeEnabled());
    expect(within(group).queryByRole("radio", { name: "Алкохол" })).not.toBeInTheDocument();
    expect(within(group).getByText(/Сè уште не е достапно на македонски: Алкохол, Алкохол, брза проверка/)).toBeInTheDocument();
  });

  it("tells the person when the running check has no text in the new language, and keeps the answers", { timeout: 30_000 }, async () => {
    const { user, store } = await renderApp({ content: withoutAlcoholTexts });
    await begin(user, "Alcohol");
    await answer(user, instrumentText("en", "audit"), "q1", "monthly-or-less");
    await chooseLanguageLink(user, "Language", "العربية");
    await screen.findByRole("heading", { level: 1, name: "هذه الأسئلة غير متوفرة بهذه اللغة" });
    expect(store.getState().answers).toEqual({ q1: "monthly-or-less" });
    await chooseLanguageLink(user, "اللغة", "English");
    expect(await screen.findByText("Question 2 of 10")).toBeInTheDocument();
    expect(store.getState().answers).toEqual({ q1: "monthly-or-less" });
  });
});
