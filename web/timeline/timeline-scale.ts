import type { TimelineBar } from '../../contract/timeline.ts';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a `YYYY-MM-DD` day: the timeline's axis is counted in whole days. */
export function toDayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

/** The `YYYY-MM-DD` day of a day number. */
export function fromDayNumber(number: number): string {
  return new Date(number * DAY_MS).toISOString().slice(0, 10);
}

/** Where the timeline draws: days across, counts up. */
export interface TimelineScale {
  /** The first day drawn and the day after the last. */
  readonly firstDay: number;
  readonly endDay: number;
  /** The tallest bar's total. */
  readonly maxCount: number;
  /** The x of the start of a day, in pixels from the plot's left. */
  x(day: number): number;
  /** The day under an x, clamped to the days drawn. */
  dayAt(x: number): number;
  /** The height in pixels of a count. */
  height(count: number): number;
}

/**
 * Returns the scale that fits the bars into a plot `width` × `height` pixels: from the first bar's
 * start to the last one's end, and from 0 to the tallest bar. A range brushed in the URL outside
 * the bars widens the axis so that it shows.
 */
export function createTimelineScale(
  bars: readonly TimelineBar[],
  size: { width: number; height: number },
  range: { from?: string; to?: string } = {},
): TimelineScale {
  const starts = bars.map((bar) => toDayNumber(bar.start));
  const ends = bars.map((bar) => toDayNumber(bar.end) + 1);
  if (range.from) starts.push(toDayNumber(range.from));
  if (range.to) ends.push(toDayNumber(range.to) + 1);
  const firstDay = starts.length > 0 ? Math.min(...starts) : 0;
  const endDay = Math.max(firstDay + 1, ...ends);
  const maxCount = Math.max(1, ...bars.map(totalOf));
  const perDay = size.width / (endDay - firstDay);
  return {
    firstDay,
    endDay,
    maxCount,
    x: (day) => (day - firstDay) * perDay,
    dayAt: (x) => Math.min(endDay - 1, Math.max(firstDay, firstDay + Math.floor(x / perDay))),
    height: (count) => (count / maxCount) * size.height,
  };
}

/** Everything one bar counts. */
export function totalOf(bar: TimelineBar): number {
  return bar.direct + bar.indirect + bar.events;
}

/**
 * Returns the days a brush from x1 to x2 covers, widened to whole bars: a brush over part of a week
 * takes the whole week, so the filter matches what the bars show.
 * @example toBrushedRange(scale, bars, 10, 200) // { from: '2016-01-04', to: '2016-02-14' }
 */
export function toBrushedRange(scale: TimelineScale, bars: readonly TimelineBar[], x1: number, x2: number): { from: string; to: string } {
  let first = scale.dayAt(Math.min(x1, x2));
  let last = scale.dayAt(Math.max(x1, x2));
  for (const bar of bars) {
    const start = toDayNumber(bar.start);
    const end = toDayNumber(bar.end);
    if (start <= first && first <= end) first = start;
    if (start <= last && last <= end) last = end;
  }
  return { from: fromDayNumber(first), to: fromDayNumber(last) };
}

/** Month starts within the axis, for its ticks: at most `max` of them, spaced evenly by months. */
export function findMonthTicks(scale: TimelineScale, max = 12): { day: number; label: string }[] {
  const months: { day: number; label: string }[] = [];
  const date = new Date(scale.firstDay * DAY_MS);
  date.setUTCDate(1);
  for (; ; date.setUTCMonth(date.getUTCMonth() + 1)) {
    const day = Math.round(date.getTime() / DAY_MS);
    if (day >= scale.endDay) break;
    if (day >= scale.firstDay) months.push({ day, label: date.toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }) });
  }
  const step = Math.max(1, Math.ceil(months.length / max));
  return months.filter((_, index) => index % step === 0);
}
