import { describe, it, expect } from 'vitest';
import { findKnownNames } from '../../../ingest/nlp/find-known-names.ts';

const found = (text: string) => findKnownNames(text).map((hit) => `${hit.text}=${hit.entity.name}`);

describe('findKnownNames', () => {
  it.each([
    ['the longest listed name wins over a shorter one it starts with', 'Agents of U.S. Immigration and Customs Enforcement arrived.', ['U.S. Immigration and Customs Enforcement=U.S. Immigration and Customs Enforcement']],
    ['a name in capitals is found', 'THE FBI SAID NOTHING', ['FBI=Federal Bureau of Investigation']],
    ['a listed acronym is found with dots', 'The C.I.A. declined.', ['C.I.A.=Central Intelligence Agency']],
    ['a curly apostrophe matches a straight one', 'Lunch at McDonald’s.', ['McDonald’s=McDonald\'s']],
    ['a name in lower case is no name', 'the fbi and the us', []],
    ['a name inside a longer word is no name', 'FBIS and reFBI', []],
    ['a name right after a dot is no name', 'see x.FBI', []],
    ['a state abbreviation before a dot and a letter is no name', 'Ga.Tech', []],
    ['names are found one after another, never overlapping', 'Ga. and the FBI', ['Ga.=Georgia', 'FBI=Federal Bureau of Investigation']],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('gives offsets into the text as written', () => {
    const [hit] = findKnownNames('  the FBI');
    expect(hit).toMatchObject({ start: 6, end: 9, text: 'FBI' });
  });
});
