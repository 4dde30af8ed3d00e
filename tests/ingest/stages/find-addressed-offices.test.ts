import { describe, expect, it } from 'vitest';
import { typedEntityNames } from './helpers.fixtures.ts';

describe('the office a speech addresses', () => {
  it.each([
    ['after "Thank you,"', 'Thank you, Madam Speaker. The bill is long overdue.', 'Person:Madam Speaker'],
    ['set off by commas mid-sentence', 'Let me congratulate you, Mr. President, on your election to this chair.', 'Person:Mr. President'],
    ['opening the line', 'Mr. Vice President, members of the assembly, I am grateful.', 'Person:Mr. Vice President'],
  ])('is a person named by the title %s', (_case, text, entity) => {
    expect(typedEntityNames(text)).toContain(entity);
  });

  it.each([
    ['an office spoken of, not to', 'The speech was cut short when Mr. President Ortega arrived.'],
    ['a court\'s presiding judge, whom transcripts address at every turn', 'Mr. Chief Justice, and may it please the Court, the statute is plain.'],
    ['a committee\'s chair', 'Thank you, Madam Chair. I yield back.'],
  ])('is no mention for %s', (_case, text) => {
    expect(typedEntityNames(text).filter((e) => /Mr\.|Madam/.test(e))).toEqual([]);
  });
});
