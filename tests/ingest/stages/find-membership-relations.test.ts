import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../ingest/extract-article.ts';

const relationsOf = (text: string) =>
  extractArticle({ source: 'a.txt', format: 'txt', text }).relations.map((r) => [r.subject, r.predicate, r.object, r.role ?? null, r.rule]);

describe('membership written beside a name without a title before it', () => {
  it.each([
    ['a person "of" a body', 'Writing in a blog post, Ada Brill of the Harborton Ledger called it a war.', ['person:ada-brill', 'AFFILIATED_WITH', 'org:harborton-ledger', null, 'person-of-body']],
    ['a role of a body before the name, set off by commas', 'The director of the Vale Institute, Tomas Quell, said no.', ['person:tomas-quell', 'AFFILIATED_WITH', 'org:vale-institute', 'Director', 'role-of-body-apposition']],
    ['a role of a place before the name', 'The president of the Tarvosh region, Ruth Okafor, reacted.', ['person:ruth-okafor', 'AFFILIATED_WITH', 'place:tarvosh', 'President', 'role-of-body-apposition']],
    ['a role before an acronym and the name it spells out', 'The secretary general of the VKB (Velmoravian Bishops Union), Ada Brill, spoke.', ['person:ada-brill', 'AFFILIATED_WITH', 'org:velmoravian-bishops-union', 'Secretary general', 'role-of-body-apposition']],
  ])('finds %s', (_case, text, relation) => {
    expect(relationsOf(text)).toContainEqual(relation);
  });

  it.each([
    ['a place after "of", untitled', 'Ada Brill of Colorado spoke on Monday.'],
    ['a role yet to come', 'A rally for the next director of the Vale Institute, Tomas Quell, was held.'],
    ['a capitalised word of a place\'s name taken for a role', 'He met the attorney for the District of Columbia, Tomas Quell, on Monday.'],
    ['a person "of" nothing but a clause', 'The murder of Ada Quell shocked the Vale Institute.'],
  ])('finds nothing for %s', (_case, text) => {
    expect(relationsOf(text).filter((r) => r[4] === 'person-of-body' || r[4] === 'role-of-body-apposition')).toEqual([]);
  });
});
