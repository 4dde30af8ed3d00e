import { describe, expect, it } from 'vitest';
import { runToQuotes } from './helpers.fixtures.ts';

const entitiesOf = (text: string) => runToQuotes(text).resolved.entities.map((e) => ({ id: e.id, name: e.name, type: e.type }));

describe('names from the word lists in awkward places', () => {
  it('reads a British spelling of a listed body', () => {
    expect(entitiesOf('The World Health Organisation warned on Monday.')).toContainEqual(
      expect.objectContaining({ id: 'org:world-health-organization' }),
    );
  });

  it.each([
    ['without the dot of "St."', 'They flew to St Louis on Monday.'],
    ['in capitals without the dot', 'THEY FLEW TO ST LOUIS ON MONDAY .'],
  ])('reads a listed saint\'s town written %s', (_case, text) => {
    expect(entitiesOf(text)).toContainEqual(expect.objectContaining({ id: 'place:st-louis', type: 'Place' }));
  });

  it('reads "United States" spelt out before a listed body\'s name as its "U.S."', () => {
    const entities = runToQuotes('United States Citizenship and Immigration Services said so on Monday.').resolved.entities;
    expect(entities).toContainEqual(expect.objectContaining({
      id: 'agency:uscis', aliases: expect.arrayContaining(['United States Citizenship and Immigration Services']),
    }));
    expect(entities.map((e) => e.id)).not.toContain('place:united-states');
  });

  it('reads a listed one-word outlet after a first name as a surname', () => {
    const entities = entitiesOf('Professor Gregory Hill wrote to them.');
    expect(entities).toContainEqual({ id: 'person:gregory-hill', name: 'Gregory Hill', type: 'Person' });
    expect(entities.map((e) => e.id)).not.toContain('org:hill');
  });

  it.each([
    ['a place glued to "-based"', 'The Denver-based charity grew.', 'place:denver'],
    ['a country after "ex-"', 'The ex-England bowler retired.', 'place:england'],
  ])('finds no mention in %s', (_case, text, id) => {
    expect(entitiesOf(text).map((e) => e.id)).not.toContain(id);
  });

  it.each([
    ['a company and its country code', 'The company Quillon UK ranked it third.', 'Quillon UK', 'Organization'],
    ['a place before a head word', 'Shares rose on the Tessaly Stock Exchange.', 'Tessaly Stock Exchange', 'Organization'],
    ['a place and a plural group name', 'The Ontario Kitemakers held a parade.', 'Ontario Kitemakers', 'Organization'],
    ['an ordinal before a unit', 'The 82nd Lantern Brigade marched.', '82nd Lantern Brigade', 'Organization'],
    ['a head and a letter', 'Brenmoor lead Group F on goals.', 'Group F', 'Organization'],
    ['a head first in another language', 'He studied at the Instituto Varela.', 'Instituto Varela', 'Organization'],
    ['a place\'s head first in French', 'The ferry stops at Anse Morvelle before noon.', 'Anse Morvelle', 'Place'],
    ['a church\'s head first in Spanish', 'We went into the Catedral de San Peralto at dusk.', 'Catedral de San Peralto', 'Place'],
  ])('reads %s as one name', (_case, text, name, type) => {
    expect(entitiesOf(text)).toContainEqual(expect.objectContaining({ name, type }));
  });
});

describe('listed short names of bodies inside longer names', () => {
  it.each([
    ['a paper named like "the Post"', 'The story ran in the Saturday Evening Post that week.', 'The Washington Post'],
    ['a town opened like "the Sun"', 'They retired to Sun City in 2004.', 'The Sun'],
    ['a cinema ending like "Fox"', 'The film opened at the Art Deco Fox downtown.', 'Fox News'],
  ])('reads no listed body in %s', (_case, text, name) => {
    expect(entitiesOf(text).map((e) => e.name)).not.toContain(name);
  });

  it('still reads the short name alone', () => {
    expect(entitiesOf('The senator told the Post on Monday that he would run.').map((e) => e.name)).toContain('The Washington Post');
  });
});
