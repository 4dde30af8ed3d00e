import { describe, expect, it } from 'vitest';
import { runToQuotes } from './helpers.fixtures.ts';

const peopleOf = (text: string) => runToQuotes(text).resolved.entities.filter((e) => e.type === 'Person').map((e) => e.name);

describe('authors a reading list cites surname first', () => {
  it.each([
    ['one author', 'My reading list:\n\nHallow, Margaret. The Lantern Keeper (solo)', ['Hallow, Margaret']],
    ['two authors joined by "and"', 'My reading list:\n\nVerran, Karl and Oste, Friedrich. The Harbour Manifesto', ['Verran, Karl', 'Oste, Friedrich']],
  ])('are each one person with %s', (_case, text, names) => {
    expect(peopleOf(text)).toEqual(expect.arrayContaining(names));
  });

  it('leaves a place and its state alone', () => {
    expect(peopleOf('Dallow, Texas. The storm hit at noon.')).toEqual([]);
  });
});
