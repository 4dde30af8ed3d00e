import { describe, expect, it } from 'vitest';
import { runToQuotes } from './helpers.fixtures.ts';

const entitiesOf = (text: string) => runToQuotes(text).resolved.entities.map((e) => ({ name: e.name, type: e.type }));

describe('splitting one run of capitals into names', () => {
  it.each([
    ['a body and its chief', 'The head of the Harbour Council Tamsin Vale said no.', 'Harbour Council', 'Tamsin Vale'],
    ['a body, a title and a person', 'Northvale Trade Council President Maren Olsk of Norway spoke.', 'Northvale Trade Council', 'Maren Olsk'],
  ])('cuts %s', (_case, text, body, person) => {
    const entities = entitiesOf(text);
    expect(entities).toContainEqual({ name: body, type: 'Agency' });
    expect(entities).toContainEqual({ name: person, type: 'Person' });
  });

  it.each([
    ['a portfolio after "Minister of"', 'Minister of Transport Orla Brennick said no.', 'Orla Brennick'],
    ['a portfolio after "Secretary of"', 'Secretary of State Caleb R. Dunmore spoke.', 'Caleb R. Dunmore'],
    ['a title that is also a surname', 'King Osric Vael spoke. Later Larry King spoke.', 'Osric Vael'],
    ['a surname that is also a title', 'On air, Larry King spoke.', 'Larry King'],
    ['a first name before a word tagged as a place', 'Professor Gregory Hill said so.', 'Gregory Hill'],
    ['a hyphenated given name', 'Brenmoor substituted Park Jin-Ho in the first half.', 'Park Jin-Ho'],
  ])('reads %s', (_case, text, person) => {
    expect(entitiesOf(text)).toContainEqual({ name: person, type: 'Person' });
  });
});

describe('a word that opens places\' names before a first name', () => {
  it.each([
    ['"St" and a saint\'s name', 'The ferry stops at St Anne before noon.', 'St Anne'],
    ['"Santa" and a given name', 'The church of Santa Ana stands on the hill.', 'Santa Ana'],
  ])('keeps one place for %s', (_case, text, place) => {
    const entities = entitiesOf(text);
    expect(entities).toContainEqual({ name: place, type: 'Place' });
    expect(entities.map((e) => e.name)).not.toContain(place.split(' ')[0]);
  });
});

describe('names joined by "of" and "and"', () => {
  const namesOf = (text: string) => runToQuotes(text).resolved.entities.map((e) => e.name);

  it.each([
    ['an honour held in a society', 'She was elected a Fellow of the Royal Quellen Society in 1901.', 'Royal Quellen Society', 'Fellow of the Royal Quellen Society'],
    ['an award given by a league', 'He was named MVP of the Brenmoor Valley League last year.', 'Brenmoor Valley League', 'MVP of the Brenmoor Valley League'],
  ])('leaves out %s', (_case, text, body, whole) => {
    expect(namesOf(text)).toContain(body);
    expect(namesOf(text)).not.toContain(whole);
  });

  it('keeps a group named by what it belongs to', () => {
    expect(namesOf('She spoke to the Daughters of the Quellen Revolution on Monday.')).toContain('Daughters of the Quellen Revolution');
  });

  it.each([
    ['two universities', 'He taught at the University of Tarnholm and Quellen University for years.', ['University of Tarnholm', 'Quellen University']],
    ['two titled judges', 'The panel heard Judge Orla Park and Judge Tamsin Vale on Monday.', ['Tamsin Vale']],
  ])('cuts %s apart', (_case, text, names) => {
    for (const name of names) expect(namesOf(text)).toContain(name);
    expect(namesOf(text).filter((name) => name.includes(' and '))).toEqual([]);
  });

  it('keeps "and" inside one body\'s name', () => {
    expect(namesOf('The Department of Roads and Quellen Affairs said no.')).toContain('Department of Roads and Quellen Affairs');
  });
});

describe('things named after a person', () => {
  it.each([
    ['a telescope', 'Images from the James Vantrell Space Telescope arrived on Monday.', 'James Vantrell'],
    ['a statue', 'Visitors gather at the Tomas Quellby Statue by the harbour.', 'Tomas Quellby'],
  ])('reads the person in the name of %s', (_case, text, person) => {
    const entities = entitiesOf(text);
    expect(entities).toContainEqual({ name: person, type: 'Person' });
    expect(entities.map((e) => e.name).filter((name) => name.startsWith(person) && name !== person)).toEqual([]);
  });

  it.each([
    ['a surname that is also a common word', 'The host Marc Lamont Hill spoke first.', 'Marc Lamont Hill'],
  ])('keeps the whole name of a person with %s', (_case, text, person) => {
    expect(entitiesOf(text)).toContainEqual({ name: person, type: 'Person' });
  });
});

describe('names with an elided particle', () => {
  it.each([
    ['after a lower-case particle', "The prize went to Jean le Rond d'Avelin that year.", "Jean le Rond d'Avelin"],
    ['after a given name', "Prof. Marta d'Ettorvi studies ants.", "Marta d'Ettorvi"],
  ])('keeps the particle in the name %s', (_case, text, name) => {
    expect(entitiesOf(text)).toContainEqual({ name, type: 'Person' });
  });
});
