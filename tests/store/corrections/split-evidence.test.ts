import { describe, expect, it } from 'vitest';
import { toEvidenceSide, toMentionSide, toSideSpans, toSplitNames } from '../../../store/corrections/split-evidence.ts';

const names = toSplitNames(['Kingdom of Jordan', 'Jordan River'], ['Michael Jordan', 'Jordan', 'Kingdom of Jordan', 'Jordan River']);

describe('which side of a split a mention and its evidence go', () => {
  it.each([
    ['Kingdom of Jordan', 'moves'],
    ['the Kingdom of Jordan', 'moves'],
    ["Kingdom of Jordan's", 'moves'],
    ['KINGDOM OF JORDAN', 'moves'],
    ['Jordan', 'stays'],
    ['Michael Jordan', 'stays'],
    // the longest name written there decides
    ['Hashemite Kingdom of Jordan', 'moves'],
    ['Coach Michael Jordan', 'stays'],
    ['he', null],
    ['Jordanian', null],
  ] as const)('puts the mention "%s" on the side %s', (written, side) => {
    expect(toMentionSide(written, names)).toBe(side);
  });

  it('reads each span of a document by the name written there', () => {
    const text = 'Michael Jordan met the Kingdom of Jordan.';
    expect(toSideSpans(text, [0, 14, 23, 40], names).map((span) => span.side)).toEqual(['stays', 'moves']);
    expect(toSideSpans(text, null, names)).toEqual([]);
  });

  it('gives evidence the side of the mention inside it, else the nearest, else keeps it', () => {
    const spans = [
      { start: 0, end: 14, side: 'stays' as const },
      { start: 60, end: 77, side: 'moves' as const },
      { start: 100, end: 102, side: null },
    ];
    expect(toEvidenceSide(spans, 55, 80)).toBe('moves');
    expect(toEvidenceSide(spans, 16, 30)).toBe('stays');
    expect(toEvidenceSide(spans, 80, 99)).toBe('moves');
    expect(toEvidenceSide([], 0, 10)).toBe('stays');
  });
});
