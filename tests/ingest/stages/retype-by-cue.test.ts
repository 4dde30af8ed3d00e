import { describe, expect, it } from 'vitest';
import { runToQuotes } from './helpers.fixtures.ts';

const typeOf = (text: string, name: string) => runToQuotes(text).resolved.entities.find((e) => e.name === name)?.type;

describe('names typed by the noun beside them', () => {
  it.each([
    ['a company noun before the name', 'Profits rose at telecoms group Quillon on Friday.', 'Quillon', 'Organization'],
    ['a newspaper noun before the name', 'He told the daily Tessaly Courant on Friday.', 'Tessaly Courant', 'Organization'],
    ['a club noun before the name', 'He joined the club Varnholt last year.', 'Varnholt', 'Organization'],
    ['shares after the name', 'Analysts said Quillon shares fell sharply.', 'Quillon', 'Organization'],
    ['a village before "of"', 'Troops entered the village of Brenmoor on Friday.', 'Brenmoor', 'Place'],
    ['the town a mayor heads', 'Ada Brill, the mayor of Brenmoor, said the road would reopen.', 'Brenmoor', 'Place'],
    ['a preposition of place', 'The girl was found in Brenmoor near the border.', 'Brenmoor', 'Place'],
    ['a town before its state', 'He lives in a house near Ostwick, Texas, with his family.', 'Ostwick', 'Place'],
    ['a role only people hold before a name of common words', 'Campaign spokeswoman Hope Marks said the rally was off.', 'Hope Marks', 'Person'],
    ['an adviser before a name of common words', 'Senior adviser Hope Fields left on Friday.', 'Hope Fields', 'Person'],
    ['a sentence that says it is a kind of place', 'Brenmoor is a quiet neighborhood east of the river.', 'Brenmoor', 'Place'],
    ['a sentence that says it is a place, described', 'Opened in 1990, Varnholt is the official meeting place of the clan.', 'Varnholt', 'Place'],
    ['a cue noun in the plural before a list', 'The case concerned the religious schools Varnholt and Brenmoor in the north.', 'Varnholt', 'Organization'],
    ['the second name of a list after a plural cue noun', 'The case concerned the religious schools Varnholt and Brenmoor in the north.', 'Brenmoor', 'Organization'],
    ['a possessor after a preposition of place, before a common noun', 'The tree thrives in Tarvosh\'s dry climate.', 'Tarvosh', 'Place'],
  ])('types %s', (_case, text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });

  it.each([
    ['a name that qualifies a noun after a preposition', 'He lost in the Brenmoor semifinals.', 'Brenmoor'],
    ['a title before a colon', 'He starred in Starfall: The Animated Series.', 'Starfall'],
    ['a sentence that says it is something else', 'Brenmoor is a quiet lawyer from the coast.', 'Brenmoor'],
    ['the possessor of a name after a preposition', 'The band toured in Tarvosh\'s Pygmalion last year.', 'Tarvosh'],
    ['the possessor of a named hall after "at"', 'The troupe played at Tarvosh\'s Music Hall in Denver.', 'Tarvosh'],
    ['a possessor the tagger reads as part of the place it owns', 'He starred in films like Velmar Quist\'s Harbor Point in 2005.', 'Velmar Quist'],
  ])('finds no place in %s', (_case, text, name) => {
    expect(typeOf(text, name)).not.toBe('Place');
  });
});
