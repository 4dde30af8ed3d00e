import { describe, it, expect } from 'vitest';
import { extractArticle } from '../../../ingest/extract-article.ts';

const relationsOf = (text: string) =>
  extractArticle({ source: 'a.txt', format: 'txt', text }).relations.map((r) => [r.subject, r.predicate, r.object, r.role ?? null]);

describe('findRelations', () => {
  it.each([
    ['a title with its body before it', 'DHS Assistant Secretary Nadia Okonkwo spoke.', ['person:nadia-okonkwo', 'AFFILIATED_WITH', 'agency:dhs', 'Assistant Secretary']],
    ['a governor of the state the text names', 'Colorado is suing. Gov. Jonah Corvin spoke in Colorado.', ['person:jonah-corvin', 'AFFILIATED_WITH', 'place:colorado', 'Governor']],
    ['a spokesman title', 'Chief Pentagon Spokesman Rafe Dalton said so.', ['person:rafe-dalton', 'SPOKESPERSON_FOR', 'agency:dod', null]],
    ['a named spokesperson in apposition', 'A spokesman for Corvin, Tobias Wren, said so. Jonah Corvin agreed.', ['person:tobias-wren', 'SPOKESPERSON_FOR', 'person:jonah-corvin', null]],
    ['two bodies coordinating', 'The Department of Defense (DoD) and the Department of Homeland Security (DHS) are coordinating patrols.', ['agency:dod', 'COOPERATES_WITH', 'agency:dhs', null]],
    ['a list of helpers', 'Agents from the ATF and DEA supported Immigration and Customs Enforcement (ICE).', ['agency:atf', 'ASSISTS', 'agency:ice', null]],
    ['support written as a noun', 'Naval Reserve sailors were giving ICE support at the port.', ['agency:naval-reserve', 'ASSISTS', 'agency:ice', null]],
    ['a senator\'s party from a label', 'Sen. Ada Marsh (R-Fla.) said no.', ['person:ada-marsh', 'AFFILIATED_WITH', 'org:republican-party', null]],
    ['a senator\'s state from a label, in the title\'s role', 'Sen. Ada Marsh (R-Fla.) said no.', ['person:ada-marsh', 'AFFILIATED_WITH', 'place:florida', 'Senator']],
    ['a state written as its postal code', 'Rep. Tomas Quell (D-TX) agreed.', ['person:tomas-quell', 'AFFILIATED_WITH', 'place:texas', 'Representative']],
    ['a state written in full, without a title', 'Ben Ruiz (R-Utah) did not.', ['person:ben-ruiz', 'AFFILIATED_WITH', 'place:utah', null]],
    ['a label written with a comma', 'Sen. Lou Brand (D., Md.) voted.', ['person:lou-brand', 'AFFILIATED_WITH', 'place:maryland', 'Senator']],
    ['a party before the role words of an apposition', 'Ben Ruiz, the Republican attorney general of Utah, objected.', ['person:ben-ruiz', 'AFFILIATED_WITH', 'org:republican-party', null]],
    ['a party noun after "top" in an apposition', 'Rep. Tomas Quell, the top Democrat on the committee, objected.', ['person:tomas-quell', 'AFFILIATED_WITH', 'org:democratic-party', null]],
    ['a body and a role noun before the name', 'The panel met Justice Department congressional liaison Ruth Okafor on Monday.', ['person:ruth-okafor', 'AFFILIATED_WITH', 'agency:doj', 'Congressional liaison']],
    ['a role for a body in apposition', 'Kendrick Quell, an attorney for the Tamsin River Authority, said no.', ['person:kendrick-quell', 'AFFILIATED_WITH', 'agency:tamsin-river-authority', 'Attorney']],
    ['a former member in apposition', 'Daniel Marsh, a former member of the Harbor Workers Union, left.', ['person:daniel-marsh', 'AFFILIATED_WITH', 'org:harbor-workers-union', 'Former member']],
    ['a role after a body\'s possessive', 'Luca Marsh, the Alder Gazette’s columnist, wrote.', ['person:luca-marsh', 'AFFILIATED_WITH', 'org:alder-gazette', 'Columnist']],
    ['a body and role before the name, set off by a comma', 'He reached a Tamsin River Authority attorney, Kendrick Quell, by phone.', ['person:kendrick-quell', 'AFFILIATED_WITH', 'agency:tamsin-river-authority', 'Attorney']],
    ['a party and state in apposition', 'Ada Marsh, Republican of Iowa, objected.', ['person:ada-marsh', 'AFFILIATED_WITH', 'place:iowa', null]],
    ['the party of an apposition', 'Ada Marsh, Republican of Iowa, objected.', ['person:ada-marsh', 'AFFILIATED_WITH', 'org:republican-party', null]],
    ['the party of an apposition after the state, with a body\'s possessive', 'Ada Marsh of Maryland, the panel\'s ranking Democrat, objected.', ['person:ada-marsh', 'AFFILIATED_WITH', 'org:democratic-party', null]],
    ['the state written before such an apposition', 'Ada Marsh of Maryland, the panel\'s ranking Democrat, objected.', ['person:ada-marsh', 'AFFILIATED_WITH', 'place:maryland', null]],
    ['a party with a place before it', 'Lena Ortiz, a Denver Democrat, said so.', ['person:lena-ortiz', 'AFFILIATED_WITH', 'org:democratic-party', null]],
    ['a party before the role', 'The Republican nominee Tomas Quell spoke.', ['person:tomas-quell', 'AFFILIATED_WITH', 'org:republican-party', 'nominee']],
    ['a party before a title', 'Democratic Governor Jonah Corvin spoke.', ['person:jonah-corvin', 'AFFILIATED_WITH', 'org:democratic-party', null]],
    ['the party noun right before a name', 'If Republican Tomas Quell wins, the rules go.', ['person:tomas-quell', 'AFFILIATED_WITH', 'org:republican-party', null]],
    ['"Democrat" before a name', 'The race ended when Democrat Ada Marsh conceded.', ['person:ada-marsh', 'AFFILIATED_WITH', 'org:democratic-party', null]],
    ['a senator in the Senate the article names', 'The Senate met. Sen. Ada Marsh (R-Fla.) said no.', ['person:ada-marsh', 'AFFILIATED_WITH', 'agency:us-senate', 'Senator']],
    ['an office written with its body before a name, when the article names the body', 'The State Department said no. Later former Secretary of State Ada Marsh agreed.', ['person:ada-marsh', 'AFFILIATED_WITH', 'agency:department-of-state', 'former Secretary of State']],
    ['a body, two role words and a name, the first of them a title word elsewhere', 'He is married to Harborton Bank board member Ada Marsh.', ['person:ada-marsh', 'AFFILIATED_WITH', 'org:harborton-bank', 'Board member']],
    ['an unknown body a person works for, by its role words', 'Glass River Networks engineer Tomas Quell erased the files.', ['person:tomas-quell', 'AFFILIATED_WITH', 'org:glass-river-networks', 'Engineer']],
    ['a committee named after its chamber', 'The Senate Banking Committee met. The Senate voted.', ['agency:senate-banking-committee', 'PART_OF', 'agency:us-senate', null]],
    ['a body in apposition with the one it is part of', 'The Harborton Ledger, a wholly-owned subsidiary of Corvin Media Group, closed.', ['org:harborton-ledger', 'PART_OF', 'org:corvin-media-group', null]],
    ['a body written with the place it is in', 'Pupils of the Alder Institute in Milan protested.', ['org:alder-institute', 'LOCATED_IN', 'place:milan', null]],
    ['a town written with its state', 'Protesters gathered in Aurora, Colorado, on Friday.', ['place:aurora', 'PART_OF', 'place:colorado', null]],
    ['the state written after a titled name', 'Ohio and Oregon lost. Gov. Jonah Corvin of Colorado left.', ['person:jonah-corvin', 'AFFILIATED_WITH', 'place:colorado', 'Governor']],
    ['a party member on a committee, in apposition after a title', 'Congress met. Rep. Tomas Quell, the top Democrat on the Harbor Committee, objected.', ['person:tomas-quell', 'AFFILIATED_WITH', 'agency:harbor-committee', 'Top Democrat']],
    ['a title after the first word of a body the article names', 'Congress met. The Harbor Committee voted. “No,” Harbor Chairman Tomas Quell said.', ['person:tomas-quell', 'AFFILIATED_WITH', 'agency:harbor-committee', 'Chairman']],
  ])('finds %s', (_case, text, relation) => {
    expect(relationsOf(text)).toContainEqual(relation);
  });

  it('gives a governor no state when two states are named as often', () => {
    expect(relationsOf('Ohio and Oregon lost. Gov. Jonah Corvin spoke.').filter((r) => r[0] === 'person:jonah-corvin' && r[1] === 'AFFILIATED_WITH')).toEqual([]);
  });

  it('makes a Representative titled before the name no spokesperson for the state', () => {
    expect(relationsOf('Rep. Ada Marsh of Maryland objected.').filter((r) => r[1] === 'SPOKESPERSON_FOR')).toEqual([]);
  });

  it('reads an adviser on a country as no member of it', () => {
    expect(relationsOf('Syria was hit. Ada Marsh, a former adviser on Syria, objected.').filter((r) => r[0] === 'person:ada-marsh')).toEqual([]);
  });

  it('does not take a nationality before a title for a body the word opens', () => {
    expect(relationsOf('The Afghan Girls won. Afghan Ambassador Hamid Noor spoke.').filter((r) => r[2] === 'org:afghan-girls')).toEqual([]);
  });

  it('does not give an office\'s body that the article never names', () => {
    expect(relationsOf('Later former Secretary of State Ada Marsh agreed.').filter((relation) => relation[2] === 'agency:department-of-state')).toEqual([]);
  });

  it('does not read a party word that ends a longer name as the party of the name after it', () => {
    expect(relationsOf('The Young Republican Ada Marsh spoke.').filter((relation) => relation[2] === 'org:republican-party')).toEqual([]);
  });

  it('does not take a place before a body for the body', () => {
    const found = relationsOf('Ada Quell, a representative for the Denver Sheriff’s office, spoke.');
    expect(found.filter((r) => r[0] === 'person:ada-quell')).toEqual([]);
  });

  it('gives an independent no party', () => {
    const found = relationsOf('Sen. Lou Brand (I-Vt.) voted.');
    expect(found).toEqual([['person:lou-brand', 'AFFILIATED_WITH', 'place:vermont', 'Senator']]);
  });

  it('does not take the thing requested for the body asked', () => {
    const found = relationsOf('DHS submitted a request for about 500 National Guard troops.');
    expect(found).not.toContainEqual(['agency:dhs', 'REQUESTED', 'agency:national-guard', null]);
  });

  it.each([
    ['a negated verb', 'The Tamsin River Authority did not support the Harbor Workers Union.'],
    ['a refusal', 'The Tamsin River Authority refused to support the Harbor Workers Union.'],
    ['a hesitation', 'The Tamsin River Authority would hesitate to oppose the Harbor Workers Union.'],
    ['a push back on the act', 'Gov. Jonah Corvin is pushing back on attempts that might send the Tamsin River Authority to assist the Harbor Workers Union.'],
    ['a noun that is also a verb', 'The Tamsin River Authority vote showed Republican support for the Harbor Workers Union.'],
  ])('writes no relation the sentence does not state: %s', (_case, text) => {
    const found = relationsOf(text).filter((r) => r[1] !== 'AFFILIATED_WITH' && r[1] !== 'PART_OF');
    expect(found).toEqual([]);
  });

  it('does not give the body to a pronoun\'s verb', () => {
    const found = relationsOf('Lena Ortiz gave the Tamsin River Authority the laptop she used while helping Jonah Corvin.');
    expect(found).not.toContainEqual(['agency:tamsin-river-authority', 'ASSISTS', 'person:jonah-corvin', null]);
  });

  it('does not read a passive verb\'s subject as the helper', () => {
    const found = relationsOf('Lena Ortiz had been assisted by retired members of the Harbor Workers Union.');
    expect(found.filter((r) => r[1] === 'ASSISTS')).toEqual([]);
  });

  it('does not take a title across a full stop', () => {
    const found = relationsOf('The bill hamstrings the Tamsin River Authority. Majority Leader Lena Ortiz agreed.');
    expect(found).not.toContainEqual(expect.arrayContaining(['person:lena-ortiz', 'AFFILIATED_WITH', 'agency:tamsin-river-authority']));
  });

  it('writes the rule and its confidence with every relation', () => {
    const [relation] = extractArticle({ source: 'a.txt', format: 'txt', text: 'Sen. Ada Marsh (R-Fla.) said no.' }).relations;
    expect(relation).toMatchObject({ rule: 'party-label', confidence: expect.any(Number) });
  });

  it('affiliates no one with a person: an aide to someone belongs to no body by it', () => {
    const found = relationsOf('Ben Ruiz, a former technology aide to Ada Marsh, refused to testify.');
    expect(found.filter((r) => r[1] === 'AFFILIATED_WITH' && r[2] === 'person:ada-marsh')).toEqual([]);
  });
});

describe('findRelations actors in party labels', () => {
  it('takes the labelled person, not the party in the label, as the one acting', () => {
    const found = relationsOf('Senators question bank chief\n\nSen. Ada Brill (D-Mass.) grilled Vale Bank CEO Jonah Corvin during the hearing.');
    expect(found.filter(([, predicate]) => predicate === 'OPPOSES')).toEqual([['person:ada-brill', 'OPPOSES', 'person:jonah-corvin', null]]);
  });
});

describe('findRelations titles with a nationality', () => {
  it('gives a titled person the country of the nationality before the title, not the default country', () => {
    const found = relationsOf('Leaders meet in Kabul\n\nRussian President Vadim Orlov met Afghan Ambassador Nadia Okonkwo on Monday. Russia and Afghanistan signed a deal. The United States objected.');
    expect(found).toContainEqual(['person:vadim-orlov', 'AFFILIATED_WITH', 'place:russia', 'President']);
    expect(found).toContainEqual(['person:nadia-okonkwo', 'AFFILIATED_WITH', 'place:afghanistan', 'Ambassador']);
    expect(found).not.toContainEqual(['person:vadim-orlov', 'AFFILIATED_WITH', 'place:united-states', 'President']);
  });

  it('reads no country for a nationality whose country the article does not name', () => {
    const found = relationsOf('Leaders meet\n\nRussian President Vadim Orlov spoke on Monday. The United States objected.');
    expect(found.filter(([subject]) => subject === 'person:vadim-orlov')).toEqual([]);
  });
});

describe('findRelations plural titles', () => {
  it('gives everyone listed after "Sens." the Senate and the title', () => {
    const found = relationsOf('Senators question bank chief\n\nThe Senate hearing went on. Sens. Ada Brill (D-Mont.) and Jonah Corvin (R-La.) asked for a breakup.');
    expect(found).toContainEqual(['person:ada-brill', 'AFFILIATED_WITH', 'agency:us-senate', 'Senator']);
    expect(found).toContainEqual(['person:jonah-corvin', 'AFFILIATED_WITH', 'agency:us-senate', 'Senator']);
  });

  it('reads the list on past a party apposition after a name', () => {
    const found = relationsOf('Senators question visa plan\n\nThe Senate hearing went on. Senators Ben Ruiz, Republican of Utah, and Tomas Quell, Democrat of Texas, asked for changes.');
    expect(found).toContainEqual(['person:ben-ruiz', 'AFFILIATED_WITH', 'agency:us-senate', 'Senator']);
    expect(found).toContainEqual(['person:tomas-quell', 'AFFILIATED_WITH', 'agency:us-senate', 'Senator']);
    expect(found).toContainEqual(['person:tomas-quell', 'AFFILIATED_WITH', 'org:democratic-party', null]);
  });
});
