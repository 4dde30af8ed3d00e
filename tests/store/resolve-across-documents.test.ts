import { describe, expect, it } from 'vitest';
import { budgetArticle } from '../fixtures/extractions.fixtures.ts';
import {
  findAbsorption,
  findCorpusMatches,
  matchKnownByAlias,
  matchKnownPerson,
  remapEntityIds,
  type KnownEntity,
} from '../../store/resolve-across-documents.ts';

const known: KnownEntity[] = [
  { id: 'person:jonah-corvin', type: 'Person', name: 'Jonah Corvin', aliases: ['Gov. Corvin', 'Corvin'] },
  { id: 'person:nadia-okonkwo', type: 'Person', name: 'Nadia Okonkwo', aliases: [] },
  { id: 'person:ann-smith', type: 'Person', name: 'Ann Smith', aliases: [] },
  { id: 'person:bob-smith', type: 'Person', name: 'Bob Smith', aliases: [] },
  { id: 'agency:dhs', type: 'Agency', name: 'Department of Homeland Security', aliases: ['DHS', 'Homeland Security'] },
];

describe('joining an article\'s people to the people the graph knows', () => {
  it.each<[string, string | null, string]>([
    ['Corvin', 'person:jonah-corvin', 'a surname alone, one person with it'],
    ['Jonah Corvan', 'person:jonah-corvin', 'a typo in the surname, same first name'],
    ['J. Corvin', 'person:jonah-corvin', 'an initial that fits the first name'],
    ['Nadia Okonkwo Jr.', 'person:nadia-okonkwo', 'a suffix'],
    ['Smith', null, 'a surname two known people share'],
    ['Maria Corvin', null, 'a different first name'],
    ['Miles Corbet', null, 'a surname too far off'],
  ])('%s → %s (%s)', (name, expected, _why) => {
    expect(matchKnownPerson({ name }, known)).toBe(expected);
  });

  const namesakes: KnownEntity[] = [
    { id: 'person:ben-marsh', type: 'Person', name: 'Ben Marsh', aliases: ['President Ben Marsh', 'Marsh'] },
    { id: 'person:ada-marsh', type: 'Person', name: 'Ada Marsh', aliases: ['Secretary of State Ada Marsh', 'Mrs. Ada Marsh'] },
  ];
  it.each<[string[], string | null, string]>([
    [['President Marsh'], 'person:ben-marsh', 'the title one namesake holds'],
    [['Secretary Marsh'], null, 'a title neither holds in the same words'],
    [['Mrs. Marsh'], null, 'a courtesy title, which tells no one apart'],
    [[], null, 'no title'],
  ])('a surname two people share, written %j → %s (%s)', (aliases, expected, _why) => {
    expect(matchKnownPerson({ name: 'Marsh', aliases }, namesakes)).toBe(expected);
  });

  it('joins a titled surname to the namesake known by that title over one known by no title', () => {
    const untitled: KnownEntity[] = [namesakes[0]!, { id: 'person:ada-marsh', type: 'Person', name: 'Ada Marsh', aliases: ['Marsh'] }];
    expect(matchKnownPerson({ name: 'Marsh', aliases: ['President Marsh'] }, untitled)).toBe('person:ben-marsh');
    expect(matchKnownPerson({ name: 'Marsh', aliases: ['Senator Marsh'] }, untitled)).toBe('person:ada-marsh');
  });

  it('joins a surname alone to the namesake the archive names far more than the next, and to no one when two both matter or the archive is too small to tell', () => {
    const famous = (mentions: number, other: number): KnownEntity[] => [
      { id: 'person:ben-marsh', type: 'Person', name: 'Ben Marsh', aliases: ['President Ben Marsh', 'President Marsh'], mentions },
      { id: 'person:ada-marsh', type: 'Person', name: 'Ada Marsh', aliases: ['President Marsh'], mentions: other },
    ];
    expect(matchKnownPerson({ name: 'Marsh', aliases: [] }, famous(600, 20))).toBe('person:ben-marsh');
    expect(matchKnownPerson({ name: 'Marsh', aliases: ['President Marsh'] }, famous(600, 20))).toBe('person:ben-marsh');
    expect(matchKnownPerson({ name: 'Marsh', aliases: [] }, famous(600, 200))).toBeNull();
    expect(matchKnownPerson({ name: 'Marsh', aliases: [] }, famous(15, 0))).toBeNull();
  });

  it('never joins a surname to the one namesake known by another title', () => {
    const [first] = namesakes.slice(1);
    expect(matchKnownPerson({ name: 'Marsh', aliases: ['President Marsh'] }, [first!])).toBeNull();
  });
});

describe('joining agencies, organizations and places by alias', () => {
  it.each<[string, string | null]>([
    ['Homeland Security', 'agency:dhs'],
    ['the Department of Homeland Security', 'agency:dhs'],
    ['DHS', 'agency:dhs'],
    ['Homeland', null],
  ])('%s → %s', (name, expected) => {
    expect(matchKnownByAlias({ name, type: 'Agency' }, known)).toBe(expected);
  });

  it('never joins across types', () => {
    expect(matchKnownByAlias({ name: 'DHS', type: 'Organization' }, known)).toBeNull();
  });
});

describe('remapping an extraction', () => {
  it('leaves stored ids alone and rewrites quotes and relations to the joined id', () => {
    const mapping = findCorpusMatches(
      [{ id: 'person:polis', type: 'Person', name: 'Corvin', aliases: [], mentions: [] }, { id: 'person:jonah-corvin', type: 'Person', name: 'Jonah Corvin', aliases: [], mentions: [] }],
      known,
      new Set(['person:jonah-corvin']),
    );
    expect([...mapping]).toEqual([['person:polis', 'person:jonah-corvin']]);
    // A surname stored alone, before the full name was known, joins the full name from now on.
    const later = findCorpusMatches([{ id: 'person:corvin', type: 'Person', name: 'Corvin', aliases: [], mentions: [] }], known, new Set(['person:corvin']));
    expect([...later]).toEqual([['person:corvin', 'person:jonah-corvin']]);
    const remapped = remapEntityIds(budgetArticle, new Map([['agency:cro', 'agency:coastal-office']]));
    expect(remapped.quotes[0]?.speaker).toBe('agency:coastal-office');
    expect(remapped.relations[0]?.subject).toBe('agency:coastal-office');
  });
});

describe('merging a stored surname node whole into a full name', () => {
  const person = (id: string, name: string, mentions: number) => ({ id, type: 'Person' as const, name, aliases: [], mentions });
  const wren = person('person:wren', 'Wren', 40);

  it('merges it into the only bearer the archive names often, saying so', () => {
    expect(findAbsorption(wren, [wren, person('person:ada-wren', 'Ada Wren', 25)])).toEqual({
      into: 'person:ada-wren',
      note: '"Wren" alone joined Ada Wren (named 25 times), the only person of that surname the archive knows.',
    });
  });

  it('merges it into a bearer named at least twenty times as often as the next', () => {
    expect(findAbsorption(wren, [person('person:ada-wren', 'Ada Wren', 400), person('person:tom-wren', 'Tom Wren', 20)])?.into).toBe('person:ada-wren');
    expect(findAbsorption(wren, [person('person:ada-wren', 'Ada Wren', 400), person('person:tom-wren', 'Tom Wren', 21)])).toBeNull();
  });

  it('leaves it apart when the bearer is seldom named', () => {
    expect(findAbsorption(wren, [person('person:ada-wren', 'Ada Wren', 3)])).toBeNull();
  });

  it('leaves a name apart that is also a known person\'s first name ("David" beside Larry David and David Marsh)', () => {
    const david = person('person:david', 'David', 30);
    expect(findAbsorption(david, [person('person:larry-david', 'Larry David', 90), person('person:david-marsh', 'David Marsh', 2)])).toBeNull();
  });
});
