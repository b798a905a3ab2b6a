// Counts without content (issue 19.4): per UTC week (Monday first), threads opened, median and
// 90th-percentile hours to the first answer, the share answered within the service's promise;
// now: open, urgent-open and overdue threads. Only metadata the server already has (creation
// times, the time of the first service message, the urgent flag). A week with fewer than five
// threads shows no figure at all: small cells can point at a person.
//
// Counts cover the threads that still exist: purged, deleted or handed-over threads leave them.

import type { Queryable } from "../db/driver";
import type { StatsResponse, StatsWeek } from "../../src/contact/team-api";
import { getService } from "../store/services";
import { inbox } from "../store/threads";

export const minimumCell = 5;
const hour = 3_600_000;
const week = 7 * 24 * hour;
const weeksShown = 12;

/** Monday 00:00 UTC of the week of `t`. */
export function weekStart(t: number): number {
  const d = new Date(t);
  const day = (d.getUTCDay() + 6) % 7;
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day);
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}

const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

export async function statsOf(db: Queryable, serviceId: string, now: number): Promise<StatsResponse> {
  const service = await getService(db, serviceId);
  const promiseHours = service?.responseHours ?? 48;
  const from = weekStart(now) - (weeksShown - 1) * week;
  const rows = await db.all<{ created_at: number; first_answer: number | null }>(
    `SELECT t.created_at, (SELECT MIN(m.created_at) FROM messages m WHERE m.thread_id = t.id AND m.direction = 'service') AS first_answer
     FROM threads t WHERE t.service_id = ? AND t.created_at >= ?`,
    [serviceId, from],
  );
  const weeks: StatsWeek[] = [];
  for (let start = from; start <= now; start += week) {
    const inWeek = rows.filter((r) => Number(r.created_at) >= start && Number(r.created_at) < start + week);
    const label = new Date(start).toISOString().slice(0, 10);
    if (inWeek.length < minimumCell) {
      weeks.push({ week: label, opened: null, medianFirstAnswerHours: null, p90FirstAnswerHours: null, answeredWithinPromise: null });
      continue;
    }
    const waits = inWeek
      .filter((r) => r.first_answer !== null)
      .map((r) => (Number(r.first_answer) - Number(r.created_at)) / hour)
      .sort((a, b) => a - b);
    const within = inWeek.filter((r) => r.first_answer !== null && Number(r.first_answer) - Number(r.created_at) <= promiseHours * hour).length;
    const answered = waits.length >= minimumCell;
    weeks.push({
      week: label,
      opened: inWeek.length,
      medianFirstAnswerHours: answered ? round1(percentile(waits, 50)) : null,
      p90FirstAnswerHours: answered ? round1(percentile(waits, 90)) : null,
      answeredWithinPromise: round1((within / inWeek.length) * 100),
    });
  }
  const entries = await inbox(db, serviceId, "", promiseHours, now);
  const closed = new Set(
    (await db.all<{ thread_id: string }>("SELECT s.thread_id FROM thread_state s JOIN threads t ON t.id = s.thread_id WHERE t.service_id = ? AND s.closed_as IS NOT NULL", [serviceId])).map(
      (r) => r.thread_id,
    ),
  );
  const open = entries.filter((e) => !closed.has(e.threadId));
  return { weeks, open: open.length, urgentOpen: open.filter((e) => e.urgent).length, overdue: open.filter((e) => e.overdue).length, minimumCell };
}

export function statsCsv(stats: StatsResponse): string {
  const cell = (x: number | null) => (x === null ? "" : String(x));
  const lines = ["week_starting,threads_opened,median_hours_to_first_answer,p90_hours_to_first_answer,percent_answered_within_promise"];
  for (const w of stats.weeks) lines.push([w.week, cell(w.opened), cell(w.medianFirstAnswerHours), cell(w.p90FirstAnswerHours), cell(w.answeredWithinPromise)].join(","));
  return `${lines.join("\r\n")}\r\n`;
}
