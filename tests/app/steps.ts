import { screen, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { expect } from "vitest";
import type { QuestionnaireLocale } from "../../src/engine";

/** The printed label of one option; a missing text is a test failure, not an undefined name. */
export function optionLabel(text: QuestionnaireLocale, itemId: string, optionId: string | undefined): string {
  const label = optionId === undefined ? undefined : text.items[itemId]?.options[optionId];
  if (label === undefined) throw new Error(`no text for ${itemId}/${String(optionId)}`);
  return label;
}

export type Check = "Drugs" | "Alcohol" | "Alcohol, quick check";

/**
 * On the English test country page, which opens on question 1 of its default check (Drugs):
 * nothing to do for Drugs; for another check, "Choose another check", the check, Start.
 */
export async function begin(user: UserEvent, check: Check): Promise<void> {
  if (check === "Drugs") {
    expect(await screen.findByText("Question 1 of 11")).toBeInTheDocument();
    return;
  }
  await user.click(await screen.findByRole("button", { name: "Choose another check" }));
  expect(await screen.findByRole("heading", { level: 1, name: "Choose a check" })).toBeInTheDocument();
  await user.click(await screen.findByRole("radio", { name: check }));
  await user.click(screen.getByRole("button", { name: "Start" }));
}

/** The sex question, asked after the questions, just before the result. */
export async function answerSex(user: UserEvent, label: string, next = "See my result"): Promise<void> {
  const group = await screen.findByRole("group", { name: "What is your sex?" });
  expect(screen.getByRole("heading", { level: 1, name: "What is your sex?" })).toHaveFocus();
  expect(screen.getByText("Before your result")).toBeInTheDocument();
  await user.click(within(group).getByRole("radio", { name: label }));
  await user.click(screen.getByRole("button", { name: next }));
}

/**
 * Answers the question now shown (checked by its text) and presses the given button. Focus is on
 * the question's heading after every step; on the first screen of a page (`firstScreen`) the
 * app moves no focus at all.
 */
export async function answer(user: UserEvent, text: QuestionnaireLocale, itemId: string, optionId: string, button = "Next", firstScreen = false): Promise<void> {
  const item = text.items[itemId];
  if (item === undefined) throw new Error(`no text for ${itemId}`);
  const group = await screen.findByRole("group", { name: item.text });
  const heading = screen.getByRole("heading", { level: 1, name: item.text });
  if (firstScreen) expect(document.body).toHaveFocus();
  else expect(heading).toHaveFocus();
  await user.click(within(group).getByRole("radio", { name: optionLabel(text, itemId, optionId) }));
  await user.click(screen.getByRole("button", { name: button }));
}

/**
 * On a country page: the header's language links (a nav named "Language" in the language shown),
 * opening their disclosure first where they sit behind one, as a person would.
 */
export async function chooseLanguageLink(user: UserEvent, navName: string, linkName: string): Promise<void> {
  const nav = screen.getByRole("navigation", { name: navName });
  const menu = nav.querySelector("details");
  if (menu !== null && !menu.open) await user.click(menu.querySelector("summary")!);
  await user.click(within(nav).getByRole("link", { name: linkName }));
}
