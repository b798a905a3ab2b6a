/**
 * A page the person leaves by any route (a service's website, a typed address, closing the tab)
 * may be kept whole in the back-forward cache and shown again by Back. So on `pagehide` the page
 * forgets: `forget` empties what the person entered and shows the first screen, before the
 * browser keeps its picture; on `pageshow` from that cache it does so again, in case the
 * picture was taken first (issue 18.2). Returns a function that stops listening.
 */
export function forgetOnHide(forget: () => void): () => void {
  const onPageHide = (): void => forget();
  const onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted) forget();
  };
  window.addEventListener("pagehide", onPageHide);
  window.addEventListener("pageshow", onPageShow);
  return () => {
    window.removeEventListener("pagehide", onPageHide);
    window.removeEventListener("pageshow", onPageShow);
  };
}
