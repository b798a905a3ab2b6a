/**
 * The first script's copy of the question screen's markup (src/app/components/QuestionForm.tsx
 * and RadioOptions.tsx). It changes the page's own pre-rendered form in place rather than
 * building a new one, so the app finds the same markup when it takes over.
 * tests/app/first-script.test.tsx renders both and compares them.
 */
export type Option = { id: string; label: string };

export type Screen = {
  name: string;
  caption: string;
  /** The progress drawn as a bar; null on the sex question. */
  progress: { position: number; total: number } | null;
  legend: string;
  /** The sex question's reason; absent on questions. */
  hint: string | null;
  options: Option[];
  submitLabel: string;
  hasBack: boolean;
  /** The intro, privacy promise and check link: shown on question 1 only. */
  firstQuestion: boolean;
};

export type FormParts = {
  form: HTMLFormElement;
  back: HTMLButtonElement;
  caption: HTMLElement;
  fieldset: HTMLFieldSetElement;
  heading: HTMLElement;
  radios: HTMLElement;
  submit: HTMLButtonElement;
  /** Shown on question 1 only; kept while detached, to put back when Back returns to it. */
  firstOnly: Element[];
  /** The radio row the page was written with: the pattern of every other row. */
  radioPattern: Element;
  /** The progress bar; kept while detached (the sex question has none). */
  progress: Element | null;
};

export function findParts(root: ParentNode): FormParts | null {
  const form = root.querySelector<HTMLFormElement>("form.question");
  const radioPattern = form?.querySelector(".radios__item");
  const parts = {
    back: form?.querySelector<HTMLButtonElement>(".back-link"),
    caption: form?.querySelector<HTMLElement>(".caption"),
    fieldset: form?.querySelector<HTMLFieldSetElement>("fieldset"),
    heading: form?.querySelector<HTMLElement>("#main-heading"),
    radios: form?.querySelector<HTMLElement>(".radios"),
    submit: form?.querySelector<HTMLButtonElement>("button[type=submit]"),
  };
  if (form == null || radioPattern == null || Object.values(parts).some((part) => part == null)) return null;
  const firstOnly = [...form.querySelectorAll(":scope > .privacy-promise, :scope > .change-check, :scope > .intro")];
  const progress = form.querySelector(":scope > .progress-bar");
  return { form, radioPattern: radioPattern.cloneNode(true) as Element, firstOnly, progress, ...(parts as Omit<FormParts, "form" | "radioPattern" | "firstOnly" | "progress">) };
}

let errorCount = 0;

export function render(parts: FormParts, screen: Screen, selected: string | null): void {
  parts.back.hidden = !screen.hasBack;
  // Question 1's own paragraphs sit between Back and the caption, in their written order.
  for (const element of parts.firstOnly) {
    if (screen.firstQuestion && element.parentNode === null) parts.form.insertBefore(element, parts.form.querySelector(":scope > .notice") ?? parts.caption);
    if (!screen.firstQuestion) element.remove();
  }
  parts.caption.textContent = screen.caption;
  if (parts.progress !== null) {
    if (screen.progress === null) parts.progress.remove();
    else {
      if (parts.progress.parentNode === null) parts.caption.after(parts.progress);
      parts.progress.setAttribute("value", String(screen.progress.position));
      parts.progress.setAttribute("max", String(screen.progress.total));
    }
  }
  parts.heading.textContent = screen.legend;
  showError(parts, null);
  parts.fieldset.querySelector(".hint")?.remove();
  parts.fieldset.removeAttribute("aria-describedby");
  if (screen.hint !== null) {
    const hint = document.createElement("div");
    hint.className = "hint";
    hint.id = `first-hint`;
    const paragraph = document.createElement("p");
    paragraph.textContent = screen.hint;
    hint.append(paragraph);
    parts.fieldset.querySelector("legend")?.after(hint);
    parts.fieldset.setAttribute("aria-describedby", hint.id);
  }
  parts.radios.replaceChildren(
    ...screen.options.map((option) => {
      const row = parts.radioPattern.cloneNode(true) as Element;
      const input = row.querySelector("input");
      const label = row.querySelector("label");
      if (input === null || label === null) return row;
      input.id = `first-${screen.name}-${option.id}`;
      input.name = screen.name;
      input.value = option.id;
      input.checked = option.id === selected;
      input.defaultChecked = false;
      input.removeAttribute("checked");
      input.removeAttribute("aria-describedby");
      label.htmlFor = input.id;
      label.textContent = option.label;
      return row;
    }),
  );
  parts.submit.textContent = screen.submitLabel;
}

/** Shows (or, with null, removes) the "choose an answer" message, as QuestionForm does. */
export function showError(parts: FormParts, message: string | null): void {
  parts.fieldset.querySelector(".error-message")?.remove();
  parts.fieldset.className = message === null ? "fieldset" : "fieldset fieldset--error";
  const inputs = [...parts.radios.querySelectorAll("input")];
  if (message === null) {
    for (const input of inputs) input.removeAttribute("aria-describedby");
    return;
  }
  const error = document.createElement("p");
  error.className = "error-message";
  error.id = `first-error-${++errorCount}`;
  error.textContent = message;
  parts.radios.before(error);
  for (const input of inputs) input.setAttribute("aria-describedby", error.id);
}
