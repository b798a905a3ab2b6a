/**
 * Scrolling that keeps what matters out from under the sticky header (issue 15.6), shared by
 * the first script and the app. Written with scrollTop (not scrollTo/scrollBy), which every
 * browser and the unit tests' DOM have.
 */
const scroller = (): Element => document.scrollingElement ?? document.documentElement;

/** The height the sticky header covers at the top of the window (0 where it does not stick, on a short screen). */
function coveredHeight(): number {
  const header = document.querySelector(".site-header");
  if (header === null || getComputedStyle(header).position !== "sticky") return 0;
  return Math.max(0, header.getBoundingClientRect().bottom);
}

/**
 * A new step: the page from its top (the header, Back, the progress and the whole question),
 * with focus on the question's heading for screen readers, without the focus scrolling it.
 */
export function showStepTop(heading: HTMLElement | null): void {
  scroller().scrollTop = 0;
  heading?.focus({ preventScroll: true });
}

/** Scrolls so that `element` (an error message above its field) starts just below the header. */
export function scrollBelowHeader(element: Element | null): void {
  if (element === null) return;
  const gap = 8;
  const top = element.getBoundingClientRect().top - coveredHeight() - gap;
  const bottom = element.getBoundingClientRect().bottom;
  if (top < 0 || bottom > window.innerHeight) scroller().scrollTop += top;
}
