import { describe, expect, it } from 'vitest';
import type { TimelineBar } from '../../contract/timeline.ts';
import { createTimelineScale, findMonthTicks, fromDayNumber, toBrushedRange, toDayNumber } from '../../web/timeline/timeline-scale.ts';

const bar = (start: string, end: string, direct = 1): TimelineBar => ({ start, end, direct, indirect: 0, events: 0 });
const WEEKS = [bar('2016-01-04', '2016-01-10', 4), bar('2016-01-11', '2016-01-17', 2), bar('2016-01-25', '2016-01-31', 8)];

describe('createTimelineScale', () => {
  it('spans the first bar to the end of the last, and heights up to the tallest bar', () => {
    const scale = createTimelineScale(WEEKS, { width: 280, height: 100 });
    expect(fromDayNumber(scale.firstDay)).toBe('2016-01-04');
    expect(fromDayNumber(scale.endDay)).toBe('2016-02-01');
    expect(scale.x(scale.endDay)).toBe(280);
    expect(scale.height(8)).toBe(100);
    expect(fromDayNumber(scale.dayAt(15))).toBe('2016-01-05');
  });

  it('widens the axis to a brushed range from the URL that lies outside the bars', () => {
    const scale = createTimelineScale(WEEKS, { width: 280, height: 100 }, { to: '2016-02-29' });
    expect(fromDayNumber(scale.endDay - 1)).toBe('2016-02-29');
  });
});

describe('toBrushedRange', () => {
  it('takes whole weeks when the brush starts and ends inside them', () => {
    const scale = createTimelineScale(WEEKS, { width: 280, height: 100 });
    // 10 px a day: from the 3rd day of the first week to the 2nd day of the second
    expect(toBrushedRange(scale, WEEKS, 25, 75)).toEqual({ from: '2016-01-04', to: '2016-01-17' });
  });

  it('reads a brush drawn from right to left the same way', () => {
    const scale = createTimelineScale(WEEKS, { width: 280, height: 100 });
    expect(toBrushedRange(scale, WEEKS, 275, 215)).toEqual({ from: '2016-01-25', to: '2016-01-31' });
  });
});

describe('findMonthTicks', () => {
  it('puts a tick at each month start within the axis, thinned to the most wanted', () => {
    const year = [bar('2016-01-01', '2016-01-01'), bar('2016-12-31', '2016-12-31')];
    const scale = createTimelineScale(year, { width: 1000, height: 100 });
    expect(findMonthTicks(scale).map((tick) => tick.label)).toHaveLength(12);
    expect(findMonthTicks(scale, 4).map((tick) => fromDayNumber(tick.day))).toEqual(['2016-01-01', '2016-04-01', '2016-07-01', '2016-10-01']);
  });

  it('round-trips day numbers', () => {
    expect(fromDayNumber(toDayNumber('2016-02-29'))).toBe('2016-02-29');
  });
});
