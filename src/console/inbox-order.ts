import type { InboxEntry } from "../contact/api";

/**
 * The inbox's order: urgent first, then those waiting longer than the promise, then unread,
 * then the longest waiting. The server sends the facts; the order is the console's, so that
 * issue 19's filters (mine, unassigned) can reuse it.
 */
export function orderInbox(entries: readonly InboxEntry[]): InboxEntry[] {
  const rank = (entry: InboxEntry): number[] => [entry.urgent ? 0 : 1, entry.overdue ? 0 : 1, entry.unread > 0 ? 0 : 1, entry.waitingSince ?? entry.lastMessageAt];
  return [...entries].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    for (let i = 0; i < ra.length; i++) if ((ra[i] ?? 0) !== (rb[i] ?? 0)) return (ra[i] ?? 0) - (rb[i] ?? 0);
    return 0;
  });
}
