import { describe, it, expect } from 'vitest';
import { extractArticle } from '../../../ingest/extract-article.ts';

const relationsOf = (text: string) =>
  extractArticle({ source: 'a.txt', format: 'txt', text }).relations.map((r) => [r.subject, r.predicate, r.object, r.role ?? null]);

describe('findRelations', () => {
  it.each([
    ['a title with its body before it', 'DHS Assistant Secretary Tricia McLaughlin spoke.', ['person:tricia-mclaughlin', 'AFFILIATED_WITH', 'agency:dhs', 'Assistant Secretary']],
    ['a governor of the state the text names', 'Colorado is suing. Gov. Jared Polis spoke in Colorado.', ['person:jared-polis', 'AFFILIATED_WITH', 'place:colorado', 'Governor']],
    ['a spokesman title', 'Chief Pentagon Spokesman Sean Parnell said so.', ['person:sean-parnell', 'SPOKESPERSON_FOR', 'agency:dod', null]],
    ['a named spokesperson in apposition', 'A spokesman for Polis, Conor Cahill, said so. Jared Polis agreed.', ['person:conor-cahill', 'SPOKESPERSON_FOR', 'person:jared-polis', null]],
    ['two bodies coordinating', 'The Department of Homeland Security (DHS) and the Department of Defense (DoD) are coordinating efforts.', ['agency:dhs', 'COOPERATES_WITH', 'agency:dod', null]],
    ['a list of helpers', 'Agents from the ATF and DEA supported Immigration and Customs Enforcement (ICE).', ['agency:atf', 'ASSISTS', 'agency:ice', null]],
    ['support written as a noun', 'Marine Corps and Naval Reserve officers had been providing ICE support.', ['agency:naval-reserve', 'ASSISTS', 'agency:ice', null]],
  ])('finds %s', (_case, text, relation) => {
    expect(relationsOf(text)).toContainEqual(relation);
  });

  it('does not take the thing requested for the body asked', () => {
    const found = relationsOf('DHS has submitted a request for more than 20,000 National Guard personnel.');
    expect(found).not.toContainEqual(['agency:dhs', 'REQUESTED', 'agency:national-guard', null]);
  });
});
