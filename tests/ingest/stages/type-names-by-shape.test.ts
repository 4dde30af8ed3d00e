import { describe, expect, it } from 'vitest';
import { runToQuotes } from './helpers.fixtures.ts';

/** The entities found in a text, as name → type. */
const typesOf = (text: string) => new Map(runToQuotes(text).resolved.entities.map((e) => [e.name, e.type]));

describe('typing a name by the words it is built from', () => {
  it.each([
    ['a mosque', 'We prayed at the Halvani Mosque before noon.', 'Halvani Mosque', 'Place'],
    ['a turnpike', 'Take the Orlen Turnpike east for ten miles.', 'Orlen Turnpike', 'Place'],
    ['a building', 'The office is in the Marrow Building downtown.', 'Marrow Building', 'Place'],
    ['a museum', 'The tour ends at the Tessaly Museum on the hill.', 'Tessaly Museum', 'Place'],
    ['a centre for a purpose, which is a body', 'The Tessaly Centre for Reef Studies published the survey.', 'Tessaly Centre for Reef Studies', 'Organization'],
    ['a compass word before an unknown name', 'The fighting spread across North Vantor last week.', 'North Vantor', 'Place'],
    ['a port before an unknown name', 'Ferries leave Port Halvey twice a day.', 'Port Halvey', 'Place'],
    ['a trail', 'The walk follows the Orlen Trail along the river.', 'Orlen Trail', 'Place'],
    ['a bus company', 'Tickets are sold by Varnak Bus Lines at the depot.', 'Varnak Bus Lines', 'Organization'],
    ['a tour company', 'Halvey Tours runs boat trips in summer.', 'Halvey Tours', 'Organization'],
    ['a laboratory', 'The samples went to the Varnak Dust Lab for testing.', 'Varnak Dust Lab', 'Organization'],
    ['a circle of members', 'He joined the Quell Circle in London.', 'Quell Circle', 'Organization'],
    ['a court of appeals by its circuit', 'The Seventh Circuit upheld the ruling.', 'Seventh Circuit', 'Agency'],
    ['a conference of bishops, a body', 'The Maltese Episcopal Conference criticised the law.', 'Maltese Episcopal Conference', 'Organization'],
    ['a chamber of commerce', 'The Tessaly Chamber of Commerce backed the levy.', 'Tessaly Chamber of Commerce', 'Organization'],
    ['a conference of people, with the place before it', 'The Tessaly Conference of Mayors urged the council to act.', 'Tessaly Conference of Mayors', 'Organization'],
    ['a society whose purpose opens with a title word', 'She chaired the Society for General Soil Science in 1971.', 'Society for General Soil Science', 'Organization'],
    ['an office whose purpose opens with a title word', 'The Office of Special Counsel opened an inquiry.', 'Office of Special Counsel', 'Agency'],
    ['a person titled after a body and "of"', 'Voters backed the Freedom Front of General Tomas Okafor.', 'Tomas Okafor', 'Person'],
    ['a person with a middle initial whose surname is a body’s head word', 'The prize went to Laura K. Banks for her second novel.', 'Laura K. Banks', 'Person'],
    ['a titled person whose surname is a place’s head word', 'The case came before Judge Orlena Park on Monday.', 'Orlena Park', 'Person'],
    ['a building named after a titled person', 'We prayed at the Sheikh Orlan Mosque at dusk.', 'Sheikh Orlan Mosque', 'Place'],
    ['a council for a purpose, its head a title word too', 'It quoted Joint Council for the Welfare of Quarrymen campaigner Ada Brill on Friday.', 'Joint Council for the Welfare of Quarrymen', 'Agency'],
  ])('types %s', (_case, text, name, type) => {
    expect(typesOf(text).get(name)).toBe(type);
  });
});

describe('words that describe a person before the name', () => {
  it.each([
    ['a nationality', 'Russian Velma Kastrova won the final on Sunday.', 'Velma Kastrova'],
    ['a two-word nationality', 'She beat South African Tilda Varnaker in two sets.', 'Tilda Varnaker'],
    ['a people noun', 'He lost to Spaniard Orlo Benavent on Friday.', 'Orlo Benavent'],
    ['a rank in a draw', 'Top-seeded Dorian Pellow was beaten on Tuesday.', 'Dorian Pellow'],
    ['a position on a team', 'Midfielder Paulo Ostrava signed a new contract.', 'Paulo Ostrava'],
    ['a title in the plural', 'Among them were Generals Patrick Varnell and two colonels.', 'Patrick Varnell'],
  ])('leaves out %s', (_case, text, name) => {
    expect(typesOf(text).get(name)).toBe('Person');
  });

  it('reads initials as names, not small words of a headline', () => {
    const types = typesOf('CRICKET - COUNTY SCORES .\nLONDON 1996-08-22\nClose of play scores on Friday :\nAt Harlow : Wexshire 280 ( J. Hallam 63 , A. Pellow');
    expect(types.get('J. Hallam')).toBe('Person');
  });

  it('keeps a nationality that opens a company name', () => {
    expect(typesOf('British Aerospace Systems reported a loss.').has('Aerospace Systems')).toBe(false);
  });
});

describe('words that name no entity', () => {
  it.each([
    ['a part of a match', 'Halftime 1-2 .\nAttendance 8,000 .', 'Halftime'],
    ['a disease written as an acronym', 'Farmers feared BSE would spread to the herd.', 'BSE'],
    ['an economic measure', 'The CPI rose 0.4 percent in July.', 'CPI'],
    ['the second word of a two-word head', 'He won the Tessaly Grand Prix on Sunday.', 'Prix'],
    ['a people in the plural', 'Sri Lankans queued to vote on Sunday.', 'Sri Lankans'],
    ['a follower of a creed before a noun', 'Talks with Maoist rebels resumed on Monday.', 'Maoist'],
    ['the word of a column headline', 'PRESS DIGEST - Tessaly - Aug 22 .\nThe papers led with the budget.', 'DIGEST'],
  ])('leaves out %s', (_case, text, name) => {
    expect(typesOf(text).has(name)).toBe(false);
  });
});

describe('a first line that ends in a colon', () => {
  it('reads the names of a salutation, not a headline', () => {
    const types = typesOf('Senator Halvey, Mr. Chief Justice, Vice President Ostrow, and my fellow citizens:\nWe meet today.');
    expect(types.get('Ostrow')).toBe('Person');
  });
});

describe('acronyms of things', () => {
  it.each([
    ['a measure', 'Her IQ was tested twice in the spring.'],
    ['a molecule', 'The DNA samples were sent to a laboratory.'],
    ['a machine', 'He took cash from an ATM near the station.'],
  ])('are no body: %s', (_case, text) => {
    const entities = runToQuotes(text).resolved.entities;
    expect(entities.filter((e) => e.type === 'Organization')).toEqual([]);
  });
});

describe('titles and suffixes', () => {
  const entitiesOf = (text: string) => runToQuotes(text).resolved.entities.map((e) => `${e.type}:${e.name}`);

  it.each([
    ['a whole title after a courtesy title', 'Mr. Chief Justice, may it please the bench to hear us.'],
    ['a suffix after a comma', 'The award went to Alvin Roker, Jr. last spring.'],
    ['a degree', 'She earned a Ph.D. in botany at forty.'],
  ])('names no one in %s', (_case, text) => {
    expect(entitiesOf(text).filter((e) => /^Person:(?:Justice|Jr|Ph\.D)/.test(e))).toEqual([]);
  });

  it('joins a French courtesy title to the name after it', () => {
    const entities = entitiesOf('The letters say Mlle. Varenne had left the town.');
    expect(entities).toContain('Person:Varenne');
    expect(entities).not.toContain('Person:Mlle');
  });
});
