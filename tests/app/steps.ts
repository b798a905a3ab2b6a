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

/** Start screen in English: country, check, Start. */
export async function begin(user: UserEvent, check: "Drugs" | "Alcohol" | "Alcohol, quick check"): Promise<void> {
  await user.selectOptions(screen.getByRole("combobox", { name: "Your country" }), "XX");
  await user.click(await screen.findByRole("radio", { name: check }));
  await user.click(screen.getByRole("button", { name: "Start" }));
}

export async function answerSex(user: UserEvent, label: string, next = "Next"): Promise<void> {
  const group = await screen.findByRole("group", { name: "What is your sex?" });
  await user.click(within(group).getByRole("radio", { name: label }));
  await user.click(screen.getByRole("button", { name: next }));
}

/** Answers the question now shown (checked by its text) and presses the given button. */
export async function answer(user: UserEvent, text: QuestionnaireLocale, itemId: string, optionId: string, button = "Next"): Promise<void> {
  const item = text.items[itemId];
  if (item === undefined) throw new Error(`no text for ${itemId}`);
  const group = await screen.findByRole("group", { name: item.text });
  expect(screen.getByRole("heading", { level: 1, name: item.text })).toHaveFocus();
  await user.click(within(group).getByRole("radio", { name: optionLabel(text, itemId, optionId) }));
  await user.click(screen.getByRole("button", { name: button }));
}
