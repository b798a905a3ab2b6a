/**
 * Keyboard-only moves. Each is bounded and throws when the target cannot be
 * reached, so an unreachable control fails the test instead of hanging it.
 */
import type { Locator, Page } from "playwright-core";

const MAX_TABS = 40;

/**
 * Presses Tab until focus is on one of the elements `target` matches (or inside one).
 * For a radio group pass its radios, since the group's legend may hold the focused heading.
 */
export async function tabInto(page: Page, target: Locator, what: string): Promise<void> {
  await target.first().waitFor();
  for (let presses = 0; presses <= MAX_TABS; presses++) {
    if (await target.evaluateAll((elements) => elements.some((element) => element.contains(document.activeElement)))) return;
    await page.keyboard.press("Tab");
  }
  const active = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200) ?? "(none)");
  throw new Error(`e2e: ${what} not reached after ${MAX_TABS} Tab presses; focus is on ${active}`);
}

/**
 * In a radio group that has focus, makes `radio` the checked one using Space
 * (on the focused radio) and ArrowDown (which moves and checks, wrapping).
 */
export async function arrowToRadio(page: Page, radio: Locator, what: string): Promise<void> {
  const isFocusedAndChecked = () => radio.evaluate((element) => element === document.activeElement && (element as HTMLInputElement).checked);
  await page.keyboard.press("Space");
  for (let presses = 0; presses < 12; presses++) {
    if (await isFocusedAndChecked()) return;
    await page.keyboard.press("ArrowDown");
  }
  if (await isFocusedAndChecked()) return;
  throw new Error(`e2e: could not reach ${what} with the arrow keys`);
}

/** In a focused, closed <select>, presses ArrowDown until its value is `value`. */
export async function arrowToOption(page: Page, select: Locator, value: string, what: string): Promise<void> {
  for (let presses = 0; presses < 20; presses++) {
    if ((await select.inputValue()) === value) return;
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`e2e: could not choose ${what} (${value}) with ArrowDown; value is ${await select.inputValue()}`);
}

/** Whether keyboard focus is on `target` itself. */
export function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}
