import { describe, it, expect } from 'vitest';
import { runToQuotes } from './helpers.fixtures.ts';

const namesOf = (text: string) => runToQuotes(text).found.mentions.filter((m) => !m.nested).map((m) => m.text);

describe('"in" after a name', () => {
  it.each([
    ['a court and the town it sits in', 'The case went to the Fourth Court of Appeals in Dunmore last spring.', ['Fourth Court of Appeals', 'Dunmore']],
    ['a resort and its valley', 'We stayed at the Pine Ridge Marriott Resort in Cedar Valley for a week.', ['Pine Ridge Marriott Resort', 'Cedar Valley']],
    ['a museum and its town', 'The Museum of Modern Art in Dunmore opened late.', ['Museum of Modern Art', 'Dunmore']],
  ])('ends it for %s', (_case, text, names) => {
    expect(namesOf(text)).toEqual(expect.arrayContaining(names));
  });

  it('goes on inside the name of a body for a purpose', () => {
    expect(namesOf('She runs the Institute for Excellence in Teaching.')).toContain('Institute for Excellence in Teaching');
  });
});
