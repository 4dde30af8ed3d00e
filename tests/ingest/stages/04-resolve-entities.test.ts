import { describe, expect, it } from 'vitest';
import { resolveEntities } from '../../../ingest/stages/04-resolve-entities.ts';
import { runToQuotes } from './helpers.fixtures.ts';

const entitiesOf = (text: string) => runToQuotes(text).resolved.entities;

describe('joining the short forms of bodies and places', () => {
  it.each([
    ['the end of a longer name', 'The Marlow City Kite Festival opened. The Kite Festival ran all week.', 'Marlow City Kite Festival', 'Kite Festival'],
    ['a name before "of" and its place', 'The Comic Society of Tessaly met. The Comic Society gave books away.', 'Comic Society of Tessaly', 'Comic Society'],
    ['the last word of a place', 'Troops left South Korea. Korea said nothing.', 'South Korea', 'Korea'],
    ['a company without its suffix', 'Quillon Holdings Inc. grew. Quillon hired staff.', 'Quillon Holdings Inc.', 'Quillon'],
  ])('joins %s', (_case, text, name, alias) => {
    expect(entitiesOf(text).find((e) => e.name === name)?.aliases).toContain(alias);
  });

  it('keeps a city and a team of the same name apart', () => {
    const text = 'BASEBALL - STANDINGS .\nBRENMOOR 1996-08-30\nStandings :\nBRENMOOR 75 59 .560 -\nOSTWICK 71 63 .530 4';
    const types = entitiesOf(text).filter((e) => e.name === 'BRENMOOR').map((e) => e.type).sort();
    expect(types).toEqual(['Organization', 'Place']);
  });
});

describe('a surname read as a body or a place', () => {
  it.each([
    ['a surname before a body', 'Senator Ada Marsh spoke on Monday. The Marsh White House never came to be.', 'Ada Marsh'],
    ['a surname before a business', 'Tomas Quell, a builder, opened a hotel. Another renovated Quell course in Ohio opened.', 'Tomas Quell'],
    ['a titled possessive surname', "Senator Tomas Marsh spoke on Monday. Mr. Marsh's news conference was long.", 'Tomas Marsh'],
  ])('joins the one person of that surname: %s', (_case, text, name) => {
    const entities = entitiesOf(text);
    const surname = name.split(' ').at(-1)!;
    expect(entities.filter((e) => e.name === surname || e.aliases.includes(surname)).map((e) => e.name)).toEqual([name]);
  });

  it('keeps it apart when two people of the article share the surname', () => {
    const entities = entitiesOf('Ada Marsh and Ben Marsh spoke on Monday. The Marsh White House never came to be.');
    expect(entities.filter((e) => e.type === 'Person').map((e) => e.name).sort()).toEqual(['Ada Marsh', 'Ben Marsh']);
    expect(entities.find((e) => e.name === 'Ada Marsh')?.aliases).not.toContain('Marsh');
  });

  it('gives a titled surname to the one of two namesakes who holds that title', () => {
    const entities = entitiesOf('Ada Marsh spoke in Ohio. Her husband, former Governor Ben Marsh, joined her. Governor Marsh said the economy was strong.');
    expect(entities.find((e) => e.name === 'Ben Marsh')?.aliases).toContain('Governor Marsh');
    expect(entities.find((e) => e.name === 'Ada Marsh')?.aliases).not.toContain('Governor Marsh');
  });
});

describe('names made of dictionary words', () => {
  it('reads none as a person', () => {
    const entities = entitiesOf('She sang Great Morning twice. It was long.');
    expect(entities.filter((e) => e.type === 'Person')).toEqual([]);
  });

  it('keeps one that speaks, as a body', () => {
    const entities = entitiesOf('“Prices will rise,” Zero Hedge said on Monday.');
    expect(entities.find((e) => e.name === 'Zero Hedge')?.type).toBe('Organization');
  });
});

describe('resolveEntities a surname with a courtesy title of the other gender', () => {
  it('keeps "Mr. Obama" apart from the only full name of that surname when it is a woman\'s', () => {
    const { resolved } = runToQuotes('The party was held on Monday at the White House in Washington.\n\nMichelle Obama greeted guests. Mr. Obama shook hands with members of Congress for an hour.');
    const obamas = resolved.entities.filter((e) => e.id.includes('obama')).map((e) => e.id).sort();
    expect(obamas).toEqual(['person:michelle-obama', 'person:obama']);
  });

  it('gives a surname no title genders to neither when a "Mr." of it is not the woman named in full', () => {
    const { resolved } = runToQuotes('As President Brill faced critics, the parties went on.\n\nThe first lady, Nora Brill, greeted guests. Mr. Brill shook hands with members of Congress. Mrs. Brill stayed late.');
    const brill = (id: string) => resolved.entities.find((e) => e.id === id);
    expect(brill('person:brill')?.aliases).toContain('President Brill');
    expect(brill('person:nora-brill')?.aliases ?? []).not.toContain('President Brill');
    expect(brill('person:nora-brill')?.mentions).toHaveLength(2);
  });

  it('joins "Mr." and "Mrs." of a surname two people share to the one of that gender', () => {
    const { resolved } = runToQuotes('Nora Brill and Tomas Brill spoke in Vale on Monday.\n\nMr. Brill said the gathering would be the last. Mrs. Brill agreed.');
    const aliasesOf = (id: string) => resolved.entities.find((e) => e.id === id)?.mentions.length;
    expect(aliasesOf('person:tomas-brill')).toBe(2);
    expect(aliasesOf('person:nora-brill')).toBe(2);
  });

  it('joins "Mrs. Obama" to her', () => {
    const { resolved } = runToQuotes('The party was held on Monday at the White House in Washington.\n\nMichelle Obama greeted guests. Mrs. Obama shook hands with members of Congress for an hour.');
    expect(resolved.entities.filter((e) => e.id.includes('obama')).map((e) => e.id)).toEqual(['person:michelle-obama']);
  });
});

describe('guessed names made of words of the language', () => {
  it.each([
    ['a work', 'She starred in Christmas Cottage that winter.', 'Christmas Cottage'],
    ['a scripture', 'He was sworn in on a book of Hebrew Scripture once owned by a rabbi.', 'Hebrew Scripture'],
  ])('reads none as a person: %s', (_case, text, name) => {
    expect(entitiesOf(text).filter((e) => e.type === 'Person').map((e) => e.name)).not.toContain(name);
  });

  it('keeps a person whose surname is a word of the language', () => {
    expect(entitiesOf('The engineer Velo Musk spoke in Tessaly.').map((e) => e.name)).toContain('Velo Musk');
  });
});

describe('people named by one part of their name', () => {
  it('joins a full name to the longer one whose given name, middle name and surname hold it', () => {
    const entities = entitiesOf('Mara Lise Tovald Brenner was born in Oslo. Lise Brenner later taught there.');
    expect(entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Mara Lise Tovald Brenner']);
  });

  it('keeps apart a full name inside a longer one that ends with another surname', () => {
    const entities = entitiesOf('Mara Lise Brenner Holt was born in Oslo. Lise Brenner later taught there.');
    expect(entities.filter((e) => e.type === 'Person')).toHaveLength(2);
  });

  it('joins a family name written first to the one full name it opens', () => {
    const entities = entitiesOf('The scholar Qiao Wenshu taught in Tessaly. Years later Qiao returned to teach.');
    expect(entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Qiao Wenshu']);
  });

  it('joins a lone first name to the one bearer of it with a surname, not to a ruler named by a numeral', () => {
    const entities = entitiesOf('Daniel was a son of Osric Vandermeer. His brother was Osric II. His father, Osric, urged him to study trade.');
    expect(entities.find((e) => e.name === 'Osric Vandermeer')?.aliases).toContain('Osric');
  });

  it('joins a lone first name to a full name a courtesy title still opens', () => {
    // As a letter's address line leaves it: "Miss Tilda Varnaker", then "Love, Tilda".
    const person = (start: number, text: string, firstName: boolean) => ({
      start, end: start + text.length, text, type: 'Person' as const, known: null, role: null, titledText: null,
      guessed: false, acronymOf: null, firstName,
    });
    const { entities } = resolveEntities({ terms: [], mentions: [person(0, 'Miss Tilda Varnaker', false), person(60, 'Tilda', true)] });
    expect(entities.map((e) => e.name)).toEqual(['Miss Tilda Varnaker']);
  });

  it('keeps honours after a name out of it', () => {
    const entities = entitiesOf('The physicist Ada Brill FRS spoke in Tessaly. Later Ada Brill left.');
    expect(entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Ada Brill']);
  });
});
