import { describe, expect, it } from 'vitest';
import { describeRule, isDenied } from '../../web/components/quote-confidence.ts';

describe('describeRule', () => {
  it.each([
    ['clause-after', 'named in the clause after the quote ("…," Marsh said)'],
    ['clause-after-resolved', 'named in the clause after the quote ("…," Marsh said), then traced from a pronoun or title to the name'],
    ['none', 'no cue in the text named a speaker'],
    ['correction', 'set by hand in a correction'],
    ['speaker-verb-tail', 'named with "said" after the words'],
    ['speaker-denies', 'named before "denies" that opens the words: what the speaker denies, not says'],
    ['a-new-cue', 'rule "a-new-cue"'],
    [null, 'stored before the reason for each speaker was kept'],
  ])('says %s in plain words', (rule, words) => {
    expect(describeRule(rule)).toBe(words);
  });
});

describe('isDenied', () => {
  it.each([
    ['speaker-denies', true],
    ['speaker-denies-resolved', true],
    ['speaker-verb-head', false],
    [null, false],
  ])('says whether a quote read by %s is denied', (rule, denied) => {
    expect(isDenied({ rule })).toBe(denied);
  });
});
