import { describe, expect, it } from 'vitest';
import { describeRule } from '../../web/components/quote-confidence.ts';

describe('describeRule', () => {
  it.each([
    ['clause-after', 'named in the clause after the quote ("…," Marsh said)'],
    ['clause-after-resolved', 'named in the clause after the quote ("…," Marsh said), then traced from a pronoun or title to the name'],
    ['none', 'no cue in the text named a speaker'],
    ['correction', 'set by hand in a correction'],
    ['speaker-verb-tail', 'named with "said" after the words'],
    ['a-new-cue', 'rule "a-new-cue"'],
    [null, 'stored before the reason for each speaker was kept'],
  ])('says %s in plain words', (rule, words) => {
    expect(describeRule(rule)).toBe(words);
  });
});
