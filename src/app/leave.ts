/**
 * Leaves for a neutral page by replacing this one in the session history, so the browser's
 * Back button cannot bring the self-check back.
 */
export function leaveTo(url: string): void {
  window.location.replace(url);
}
