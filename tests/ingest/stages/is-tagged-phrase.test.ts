import { describe, expect, it } from 'vitest';
import { runToQuotes } from './helpers.fixtures.ts';

const namesOf = (text: string) => runToQuotes(text).resolved.entities.map((e) => `${e.type}:${e.name}`);

describe('a capitalised common phrase the tagger reads as a body', () => {
  it.each([
    ['a section heading', 'She studied law in Vienna.\nMilitary service\nShe joined the navy in 1940.'],
    ['a heading in sentence case', 'He wrote two grammars.\nCareer development and later years\nHe retired in 1960.'],
  ])('is no name: %s', (_case, text) => {
    expect(namesOf(text).filter((name) => name.startsWith('Organization:'))).toEqual([]);
  });

  it('keeps a name a noun after it types', () => {
    expect(namesOf('The interview ran in Vogue magazine last week.')).toContain('Organization:Vogue');
  });
});
