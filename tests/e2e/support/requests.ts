import type { Page } from "playwright-core";

export interface RequestLog {
  /** Every request URL seen so far, in order (documents, scripts, fetches, beacons, websockets). */
  readonly urls: string[];
  /** URLs whose origin is not `origin` (data: and blob: URLs never leave the device and are ignored). */
  foreign(origin: string): string[];
}

/**
 * Records every request made by any page of this page's browser context (so a
 * popup or a worker's fetch is caught too), plus WebSocket connections.
 * Attach it before the first navigation.
 */
export function collectRequests(page: Page): RequestLog {
  const urls: string[] = [];
  const context = page.context();
  context.on("request", (request) => urls.push(request.url()));
  page.on("websocket", (socket) => urls.push(socket.url()));
  return {
    urls,
    foreign(origin: string): string[] {
      return urls.filter((url) => {
        if (url.startsWith("data:") || url.startsWith("blob:")) return false;
        return new URL(url).origin !== origin;
      });
    },
  };
}
