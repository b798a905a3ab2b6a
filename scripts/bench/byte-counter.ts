/**
 * Counts what the bench server sends (startStaticServer's onResponse hook): every response
 * with its bytes on the wire (status line, headers, body as sent, so Brotli-compressed) and
 * path, whoever asked for it — the page, the browser (icon, manifest) or the service worker
 * precaching the site. The bench drives one browser at a time, so a run is everything the
 * counter saw between two resets.
 */
export type Served = { path: string; bytes: number; body: number; at: number; byPage?: boolean };

export class ByteCounter {
  private served: Served[] = [];

  readonly record = (bytes: number, path: string, body: number): void => {
    this.served.push({ path, bytes, body, at: performance.now() });
  };

  reset(): void {
    this.served = [];
  }

  /** Everything served since the last reset, in the order it finished. */
  responses(): Served[] {
    return [...this.served];
  }

  /** Resolves once nothing has been served for `quietMs` (or after `timeoutMs` in all). */
  async quiet(quietMs: number, timeoutMs = 30_000): Promise<void> {
    const started = performance.now();
    for (;;) {
      const last = this.served.at(-1)?.at ?? started;
      const now = performance.now();
      if (now - Math.max(last, started) >= quietMs || now - started >= timeoutMs) return;
      await new Promise((done) => setTimeout(done, 100));
    }
  }
}

const pathOf = (url: string): string => url.split("?")[0] ?? "";

/** For each response, whether the page asked for it (its CDP session saw a request for that path not yet matched). */
export function askedByPage(served: readonly Served[], pageRequests: readonly string[]): boolean[] {
  const asked = new Map<string, number>();
  for (const path of pageRequests) asked.set(pathOf(path), (asked.get(pathOf(path)) ?? 0) + 1);
  return served.map((response) => {
    const left = asked.get(pathOf(response.path)) ?? 0;
    if (left > 0) asked.set(pathOf(response.path), left - 1);
    return left > 0;
  });
}

/**
 * Total bytes (and of them, headers) and responses; the part the page did not ask for (given
 * the paths the page's own CDP session saw requested): the service worker's install, which
 * the page's session does not see, and anything else the browser fetched by itself; and the
 * bytes of /assets/ files sent a second time in the visit (the bench server sends nginx's
 * Cache-Control, /assets/ kept a year, so the service worker should take them from the HTTP
 * cache: anything here is a regression).
 */
export function firstVisit(
  served: readonly Served[],
  pageRequests: readonly string[] = [],
): {
  bytes: number;
  headers: number;
  requests: number;
  notByPage: { bytes: number; requests: number };
  assetsAgain: { bytes: number; requests: number };
} {
  const sum = (list: readonly Served[]) => list.reduce((total, response) => total + response.bytes, 0);
  const byPage = askedByPage(served, pageRequests);
  const notByPage = served.filter((_, index) => !byPage[index]);
  const seen = new Set<string>();
  const again = served.filter((response) => {
    const path = pathOf(response.path);
    const repeated = seen.has(path) && path.startsWith("/assets/");
    seen.add(path);
    return repeated;
  });
  return {
    bytes: sum(served),
    headers: served.reduce((total, response) => total + response.bytes - response.body, 0),
    requests: served.length,
    notByPage: { bytes: sum(notByPage), requests: notByPage.length },
    assetsAgain: { bytes: sum(again), requests: again.length },
  };
}
