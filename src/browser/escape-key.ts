/**
 * Whether the Escape key may trigger the quick exit. Not while the person types in a text
 * field, works a select or a menu: there Escape means "cancel" or "close" (the plan's text
 * would be lost), and the quick exit stays one tap away on its button.
 */
export function escapeMayLeave(event: KeyboardEvent): boolean {
  if (event.key !== "Escape" || event.isComposing || event.defaultPrevented) return false;
  const target = event.target instanceof Element ? event.target : document.activeElement;
  if (target === null) return true;
  if (target.closest("textarea, select, [contenteditable]:not([contenteditable='false']), [role='combobox'], [role='listbox'], [role='menu'], [role='textbox']") !== null) return false;
  if (target instanceof HTMLInputElement && !NOT_TEXT_INPUTS.has(target.type)) return false;
  // An open disclosure menu (the language links) closes with Escape first.
  if (target.closest("details[open]") !== null) return false;
  return true;
}

/** Input types that take no typed text: Escape on them may leave. */
const NOT_TEXT_INPUTS = new Set(["radio", "checkbox", "button", "submit", "reset", "image", "range", "color", "file"]);

/** Escape inside an open disclosure menu (the language links) closes it, as a menu's Escape does; true when it did. */
export function closeMenuOnEscape(event: KeyboardEvent): boolean {
  if (event.key !== "Escape") return false;
  const menu = event.target instanceof Element ? event.target.closest("details[open]") : null;
  if (!(menu instanceof HTMLDetailsElement)) return false;
  menu.open = false;
  menu.querySelector("summary")?.focus();
  return true;
}
