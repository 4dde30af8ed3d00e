import { describe, expect, it } from 'vitest';
import { runToQuotes } from './helpers.fixtures.ts';

const peopleOf = (text: string) => runToQuotes(text).resolved.entities.filter((e) => e.type === 'Person').map((e) => e.name);

describe('authors a reading list cites surname first', () => {
  it.each([
    ['one author', 'My reading list:\n\nHallowick, Margaret. The Lantern Keeper (solo)', ['Hallowick, Margaret']],
    ['two authors joined by "and"', 'My reading list:\n\nVerran, Karl and Oste, Friedrich. The Harbour Manifesto', ['Verran, Karl', 'Oste, Friedrich']],
  ])('are each one person with %s', (_case, text, names) => {
    expect(peopleOf(text)).toEqual(expect.arrayContaining(names));
  });

  it('reads no citation in a sentence opened by a word of the language and a comma', () => {
    expect(peopleOf('The race went on.\n\nStill, Bernie and Hillary disagree on banks.')).not.toContain('Still, Bernie');
  });

  it('leaves a place and its state alone', () => {
    expect(peopleOf('Dallow, Texas. The storm hit at noon.')).toEqual([]);
  });
});
