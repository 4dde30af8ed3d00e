import { describe, it, expect } from 'vitest';
import { mentionTexts } from './helpers.fixtures.ts';

describe('"I" after a sovereign\'s title and name', () => {
  it.each([
    ['before a comma', 'The port was founded under Tsar Boris I, and grew fast.', 'Tsar Boris I'],
    ['before "who"', 'He wrote to Pope Linus I who answered within a month.', 'Linus I'],
    ['before "in"', 'The mosque was built for Shah Oswin I in the 1500s.', 'Shah Oswin I'],
  ])('is the reign\'s numeral %s', (_case, text, name) => {
    expect(mentionTexts(text)).toContain(name);
  });

  it('stays the pronoun before a verb', () => {
    const names = mentionTexts('When I met King Oswin I was nervous.');
    expect(names.some((name) => name.endsWith(' I'))).toBe(false);
  });
});
