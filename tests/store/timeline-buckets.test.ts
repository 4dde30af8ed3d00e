import { describe, expect, it } from 'vitest';
import { nextDay, toTimeline } from '../../store/timeline-buckets.ts';

describe('toTimeline', () => {
  it('stacks the kinds of one day in one bar and leaves out days with nothing', () => {
    const timeline = toTimeline(
      [
        { date: '2016-03-02', kind: 'direct', count: 3 },
        { date: '2016-03-02T14:30:00Z', kind: 'indirect', count: 2 },
        { date: '2016-03-09', kind: 'events', count: 1 },
      ],
      'day',
    );
    expect(timeline.bars).toEqual([
      { start: '2016-03-02', end: '2016-03-02', direct: 3, indirect: 2, events: 0 },
      { start: '2016-03-09', end: '2016-03-09', direct: 0, indirect: 0, events: 1 },
    ]);
  });

  it.each([
    ['a Monday starts its own week', '2016-02-29', '2016-02-29', '2016-03-06'],
    ['a Sunday ends the week before', '2016-03-06', '2016-02-29', '2016-03-06'],
    ['a week across the new year', '2016-01-01', '2015-12-28', '2016-01-03'],
  ])('groups by weeks from Monday: %s', (_case, day, start, end) => {
    expect(toTimeline([{ date: day, kind: 'direct', count: 1 }], 'week').bars).toEqual([{ start, end, direct: 1, indirect: 0, events: 0 }]);
  });

  it('counts what has no date, or a date that is not a day, as undated', () => {
    const timeline = toTimeline([{ date: null, kind: 'direct', count: 2 }, { date: 'last Tuesday', kind: 'events', count: 1 }], 'day');
    expect(timeline).toEqual({ bucket: 'day', bars: [], undated: { direct: 2, indirect: 0, events: 1 } });
  });
});

describe('nextDay', () => {
  it.each([
    ['2016-02-28', '2016-02-29'],
    ['2016-12-31', '2017-01-01'],
  ])('gives the day after %s', (day, next) => expect(nextDay(day)).toBe(next));
});
