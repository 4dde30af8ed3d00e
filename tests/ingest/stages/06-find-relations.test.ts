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
    ['a role for a body in apposition', 'Kendrick Quell, an attorney for the Tamsin River Authority, said no.', ['person:kendrick-quell', 'AFFILIATED_WITH', 'agency:tamsin-river-authority', 'Attorney']],
    ['a former member in apposition', 'Daniel Marsh, a former member of the Harbor Workers Union, left.', ['person:daniel-marsh', 'AFFILIATED_WITH', 'org:harbor-workers-union', 'Former member']],
    ['a role after a body\'s possessive', 'Luca Marsh, the Alder Gazette’s columnist, wrote.', ['person:luca-marsh', 'AFFILIATED_WITH', 'org:alder-gazette', 'Columnist']],
    ['a body and role before the name, set off by a comma', 'He reached a Tamsin River Authority attorney, Kendrick Quell, by phone.', ['person:kendrick-quell', 'AFFILIATED_WITH', 'agency:tamsin-river-authority', 'Attorney']],
  ])('finds %s', (_case, text, relation) => {
    expect(relationsOf(text)).toContainEqual(relation);
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
});
