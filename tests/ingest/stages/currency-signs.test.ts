import { describe, expect, it } from 'vitest';
import { runToQuotes } from './helpers.fixtures.ts';

const namesOf = (text: string) => runToQuotes(text).resolved.entities.map((e) => e.name);

describe('a country\'s letters glued to a dollar sign', () => {
  it.each([
    ['US$', 'The firm was fined US$ 40,000 on Monday.'],
    ['NZ$', 'Tickets cost NZ$25 at the door.'],
  ])('names a currency, not the country: %s', (_sign, text) => {
    expect(namesOf(text)).toEqual([]);
  });

  it('leaves the country named elsewhere in the sentence', () => {
    expect(namesOf('The US paid US$ 3 million for the land.')).toEqual(['United States']);
  });
});
