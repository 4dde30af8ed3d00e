import type { Timeline, TimelineBar, TimelineBucket } from '../contract/timeline.ts';

/** What one read of the timeline found at one article date: a day, or a day and a time, or null for undated articles. */
export interface DatedCount {
  date: string | null;
  kind: 'direct' | 'indirect' | 'events';
  count: number;
}

const DAY = /^(\d{4}-\d{2}-\d{2})/;
const DAY_MS = 86_400_000;

/** The day after a `YYYY-MM-DD` day, as `YYYY-MM-DD`: the exclusive end of a range that includes `day`. */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

/** The Monday that starts the week of a day, and the Sunday that ends it. */
function weekOf(day: string): { start: string; end: string } {
  const time = Date.parse(`${day}T00:00:00Z`);
  const sinceMonday = (new Date(time).getUTCDay() + 6) % 7;
  const start = time - sinceMonday * DAY_MS;
  return { start: new Date(start).toISOString().slice(0, 10), end: new Date(start + 6 * DAY_MS).toISOString().slice(0, 10) };
}

/**
 * Returns the timeline of some dated counts: one bar per day or week that has anything, oldest first;
 * counts whose date is missing or not a day go to `undated`.
 * @example toTimeline([{ date: '2016-03-02', kind: 'direct', count: 3 }], 'week').bars // [{ start: '2016-02-29', end: '2016-03-06', direct: 3, … }]
 */
export function toTimeline(counts: readonly DatedCount[], bucket: TimelineBucket): Timeline {
  const bars = new Map<string, TimelineBar>();
  const undated = { direct: 0, indirect: 0, events: 0 };
  for (const { date, kind, count } of counts) {
    const day = date?.match(DAY)?.[1];
    if (!day || Number.isNaN(Date.parse(day))) {
      undated[kind] += count;
      continue;
    }
    const range = bucket === 'week' ? weekOf(day) : { start: day, end: day };
    const bar = bars.get(range.start) ?? { ...range, direct: 0, indirect: 0, events: 0 };
    bar[kind] += count;
    bars.set(range.start, bar);
  }
  return { bucket, bars: [...bars.values()].sort((a, b) => a.start.localeCompare(b.start)), undated };
}
