import { describe, expect, it } from 'vitest';
import { runToQuotes, typedEntityNames } from './helpers.fixtures.ts';

const reportedSpeakers = (text: string) => runToQuotes(text).quotes.filter((q) => q.kind === 'indirect').map((q) => q.speaker);

describe('sources named by "according to" and "reported by"', () => {
  it.each([
    ['a one-word outlet whose name is a common word', 'According to Harvest, the mill will close in May.', 'Organization:Harvest'],
    ['an outlet of two common words', 'As reported by Western Ledger, the mill will close in May.', 'Organization:Western Ledger'],
    ['an outlet after "The"', 'According to The Valley Herald, the mill will close in May.', 'Organization:Valley Herald'],
    ['an outlet whose name opens with a place', 'According to the Texas Harvest Weekly, the mill will close in May.', 'Organization:Texas Harvest Weekly'],
    ['a person, by a given name', 'According to Jane Okafor, the mill will close in May.', 'Person:Jane Okafor'],
  ])('reads %s as the source', (_case, text, entity) => {
    expect(typedEntityNames(text)).toContain(entity);
    expect(reportedSpeakers(text)).not.toContain(null);
  });

  it('reads no source from a day or a month', () => {
    expect(typedEntityNames('According to Monday reports, the mill will close in May.')).toEqual([]);
  });

  it('keeps a place that is the whole source as the place', () => {
    expect(typedEntityNames('According to Texas, the mill will close in May.')).toEqual(['Place:Texas']);
  });
});
