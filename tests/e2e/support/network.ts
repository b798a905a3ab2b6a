import type { BrowserContext } from "playwright-core";

/** What a stubbed foreign document shows, so a test can tell it left the app. */
export const ELSEWHERE_TITLE = "Elsewhere (e2e stub)";

/**
 * Keeps every test on this machine: requests to `origin` pass through; any
 * other http(s) request is answered locally (a stub page for documents, an
 * abort for everything else) so nothing ever reaches the network. Requests are
 * still seen by `collectRequests`, so a foreign request still fails the
 * no-third-party test; the stub only lets the quick exit land on a real page.
 */
export async function keepNetworkLocal(context: BrowserContext, origin: string): Promise<void> {
  await context.route(
    (url) => url.origin !== origin && (url.protocol === "http:" || url.protocol === "https:"),
    async (route) => {
      if (route.request().resourceType() === "document") {
        await route.fulfill({
          status: 200,
          contentType: "text/html; charset=utf-8",
          body: `<!doctype html><html lang="en"><title>${ELSEWHERE_TITLE}</title><h1>${ELSEWHERE_TITLE}</h1></html>`,
        });
      } else {
        await route.abort("blockedbyclient");
      }
    },
  );
}
