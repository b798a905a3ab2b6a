// @vitest-environment jsdom
/**
 * Escape is the quick exit, except in a text field, a select or an open menu (issue 15.5):
 * there it keeps what the person typed, or closes the menu.
 */
import { afterEach, describe, expect, it } from "vitest";
import { closeMenuOnEscape, escapeMayLeave } from "../../../src/browser/escape-key";

afterEach(() => document.body.replaceChildren());

function escapeOn(markup: string, selector: string): KeyboardEvent {
  document.body.innerHTML = markup;
  const target = document.querySelector(selector);
  if (target === null) throw new Error(`no ${selector}`);
  const event = new KeyboardEvent("keydown", { key: "Escape", bubbles: true });
  target.dispatchEvent(event);
  return event;
}

describe("escapeMayLeave", () => {
  it.each([
    ["a radio", '<input type="radio" name="q" value="a">', "input"],
    ["a button", "<button>Next</button>", "button"],
    ["a heading", '<h1 tabindex="-1">Question</h1>', "h1"],
    ["a checkbox", '<input type="checkbox">', "input"],
  ])("leaves on %s", (_name, markup, selector) => {
    expect(escapeMayLeave(escapeOn(markup, selector))).toBe(true);
  });

  it.each([
    ["the plan's textarea", "<textarea></textarea>", "textarea"],
    ["a text input", '<input type="text">', "input"],
    ["an input with a datalist (a combobox)", '<input list="l"><datalist id="l"></datalist>', "input"],
    ["a select", "<select><option>en</option></select>", "select"],
    ["a link in an open menu", '<details open><summary>Language</summary><a href="/mk/">mk</a></details>', "a"],
    ["an editable region", '<div contenteditable="true"><span>x</span></div>', "span"],
  ])("does not leave from %s", (_name, markup, selector) => {
    expect(escapeMayLeave(escapeOn(markup, selector))).toBe(false);
  });

  it("does not leave on another key, or while an input method composes", () => {
    document.body.innerHTML = "<button>Next</button>";
    expect(escapeMayLeave(new KeyboardEvent("keydown", { key: "Enter" }))).toBe(false);
    expect(escapeMayLeave(new KeyboardEvent("keydown", { key: "Escape", isComposing: true }))).toBe(false);
  });
});

describe("closeMenuOnEscape", () => {
  it("closes the open menu around the focus and puts the focus on its summary", () => {
    const event = escapeOn('<details open><summary>Language</summary><a href="/mk/">mk</a></details>', "a");
    expect(closeMenuOnEscape(event)).toBe(true);
    expect(document.querySelector("details")?.open).toBe(false);
    expect(document.activeElement?.tagName).toBe("SUMMARY");
  });

  it("does nothing outside a menu", () => {
    expect(closeMenuOnEscape(escapeOn("<button>Next</button>", "button"))).toBe(false);
  });
});
