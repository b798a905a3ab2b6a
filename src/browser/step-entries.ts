/**
 * The tab's session history as the self-check uses it, shared by the first script (src/first/)
 * and the app. Each step forward (Next, "Choose another check") pushes one entry, so the
 * system Back (the phone's gesture, the browser's button) goes to the previous question; Back
 * from the first entry leaves the site as usual.
 *
 * An entry holds only where it sits in the stack (a count), never an answer: the URL stays the
 * page's own and the state is `{ selfcheckStep, selfcheckBase, selfcheckDoc }`. The quick exit
 * and every link to another page of the site go back over this document's own entries first
 * and then replace the entry they arrive on, so the tab keeps no page of the site behind the
 * person (issue 18.2).
 */
export type StepEntry = {
  /** How many entries of the self-check lie below this one in the tab. */
  selfcheckStep: number;
  /** The step count of the entry this document was loaded on: entries below it belong to an earlier load. */
  selfcheckBase: number;
  /** Which document pushed it (performance.timeOrigin: one per page load, the same for the first script and the app). */
  selfcheckDoc: number;
  /** Pushed by a link inside the page (the clinician pages' `#/…`), not by a step of the check. */
  selfcheckFragment?: true;
};

export function readStepEntry(state: unknown): StepEntry | null {
  if (typeof state !== "object" || state === null) return null;
  const { selfcheckStep: step, selfcheckBase: base, selfcheckDoc: doc } = state as Partial<StepEntry>;
  if (typeof step !== "number" || typeof base !== "number" || typeof doc !== "number") return null;
  return state as StepEntry;
}

/** The step count of the current entry (0 on an entry the self-check did not push). */
export function entryDepth(): number {
  return readStepEntry(window.history.state)?.selfcheckStep ?? 0;
}

/** The step count below which entries were pushed by an earlier load of the page (a reload, a return without the back-forward cache). */
export function documentBase(): number {
  const entry = readStepEntry(window.history.state);
  if (entry === null) return 0;
  return entry.selfcheckDoc === performance.timeOrigin ? entry.selfcheckBase : entry.selfcheckStep;
}

/** How many entries below the current one this document pushed: how far Back can go and stay on this page. */
export function ownEntriesBelow(): number {
  return entryDepth() - documentBase();
}

/** One step forward: a new entry on top, with the same URL and no answer. */
export function pushStepEntry(): void {
  const entry: StepEntry = { selfcheckStep: entryDepth() + 1, selfcheckBase: documentBase(), selfcheckDoc: performance.timeOrigin };
  window.history.pushState(entry, "");
}

/**
 * Marks the entry the page was loaded on as step 0 (when nothing marked it before), so that a
 * popstate with no state can only be a link to `#…` inside the page.
 */
export function markLoadedEntry(): void {
  if (readStepEntry(window.history.state) !== null) return;
  const entry: StepEntry = { selfcheckStep: 0, selfcheckBase: 0, selfcheckDoc: performance.timeOrigin };
  window.history.replaceState(entry, "");
}

/** Marks the entry a fragment link has just pushed (its state is null), so that Back from it moves no step. */
export function markFragmentEntry(depth: number, base: number): void {
  const entry: StepEntry = { selfcheckStep: depth, selfcheckBase: base, selfcheckDoc: performance.timeOrigin, selfcheckFragment: true };
  window.history.replaceState(entry, "");
}

let leaving = false;

/** True once the page has begun to leave: the traversals it makes are not steps. */
export function isLeaving(): boolean {
  return leaving;
}

/** How long to wait for the browser to go back over the entries before replacing anyway. */
const TRAVERSE_TIMEOUT_MS = 1000;

/**
 * Leaves for `url` (the quick exit's neutral page, or another page of the site) so that the
 * tab keeps no entry of this page: back over the entries this document pushed, then
 * location.replace on the entry that remains. Entries an earlier load pushed cannot be
 * reached without leaving the document; they show a fresh page with no answer.
 */
export function replaceSiteEntries(url: string): void {
  leaving = true;
  const below = ownEntriesBelow();
  if (below <= 0) {
    window.location.replace(url);
    return;
  }
  let replaced = false;
  const replace = (): void => {
    if (replaced) return;
    replaced = true;
    window.removeEventListener("popstate", replace);
    window.location.replace(url);
  };
  window.addEventListener("popstate", replace);
  window.setTimeout(replace, TRAVERSE_TIMEOUT_MS);
  window.history.go(-below);
}
