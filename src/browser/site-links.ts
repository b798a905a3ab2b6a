import { replaceSiteEntries } from "./step-entries";

/**
 * A link to another page of the site (a country on the chooser, a language of a country page,
 * the help page) replaces this page instead of adding an entry, after going back over the
 * check's own entries: the tab then holds one entry of the site whichever way the person went,
 * and the quick exit, which replaces that one, leaves none (issue 18.2). Links inside the page
 * (`#…`), to other sites, to a new tab, to a download, or clicked with a modifier key behave as
 * usual. Links whose own handler has already dealt with the click (defaultPrevented) too.
 * Returns a function that stops listening.
 */
export function replaceOnSiteLinks(root: Document = document): () => void {
  const onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (!(link instanceof HTMLAnchorElement) || link.hasAttribute("download") || (link.target !== "" && link.target !== "_self")) return;
    const url = new URL(link.href, window.location.href);
    if (url.origin !== window.location.origin) return;
    if (url.pathname === window.location.pathname && url.search === window.location.search) return;
    event.preventDefault();
    replaceSiteEntries(url.href);
  };
  root.addEventListener("click", onClick);
  return () => root.removeEventListener("click", onClick);
}
