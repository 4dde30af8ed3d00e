import { describe, expect, it } from 'vitest';
import { createDocumentTest, findFilteredOut, isEvidenceFilterActive, isIsoDay } from '../../web/graph/evidence-filter.ts';
import type { DocumentInfo } from '../../web/graph/evidence-filter.ts';

const documents = new Map<string, DocumentInfo>(
  [
    { id: 'flood', title: 'River floods Eastwick Flats', date: '2026-10-27' },
    { id: 'aid', title: 'Governor asks for aid', date: '2026-10-29T08:00:00Z' },
    { id: 'wall', title: 'Floodwall approved', date: '2026-11-04' },
    { id: 'undated', title: 'Tenants sue', date: null },
  ].map((doc) => [doc.id, doc]),
);
const passing = (filter: Parameters<typeof createDocumentTest>[0]): string[] => [...documents.keys(), 'unknown'].filter(createDocumentTest(filter, documents));

describe('createDocumentTest', () => {
  it('passes every document, known or not, when no filter is set', () => {
    expect(passing({})).toEqual(['flood', 'aid', 'wall', 'undated', 'unknown']);
  });

  it.each([
    ['from a day, that day included', { from: '2026-10-29' }, ['aid', 'wall']],
    ['up to a day, that day included, reading only the day of a timestamp', { to: '2026-10-29' }, ['flood', 'aid']],
    ['between two days', { from: '2026-10-28', to: '2026-11-03' }, ['aid']],
    ['as of a day: what dated articles had said by then', { asOf: '2026-10-29' }, ['flood', 'aid']],
    ['as of a day within a range: the earlier end wins', { from: '2026-10-28', asOf: '2026-11-10' }, ['aid', 'wall']],
    ['one article, dated or not', { document: 'undated' }, ['undated']],
    ['one article that is also in the range', { document: 'wall', from: '2026-11-01' }, ['wall']],
    ['one article outside the range, as nothing', { document: 'flood', from: '2026-11-01' }, []],
  ])('keeps the articles %s', (_case, filter, expected) => {
    expect(passing(filter)).toEqual(expected);
  });
});

describe('findFilteredOut', () => {
  it('leaves out the elements none of whose articles pass, and those with no article known', () => {
    const evidence = new Map([
      ['person:a', ['flood', 'wall']],
      ['person:b', ['flood']],
      ['said:a->b', []],
    ]);

    const out = findFilteredOut(['person:a', 'person:b', 'said:a->b', 'person:never-looked-up'], evidence, (id) => id === 'wall');

    expect([...out]).toEqual(['person:b', 'said:a->b', 'person:never-looked-up']);
  });
});

describe('isEvidenceFilterActive and isIsoDay', () => {
  it('calls a filter with any of its fields set active, and an empty one not', () => {
    expect(isEvidenceFilterActive({})).toBe(false);
    expect(isEvidenceFilterActive({ from: undefined, document: undefined })).toBe(false);
    expect(isEvidenceFilterActive({ to: '2026-11-01' })).toBe(true);
  });

  it.each([
    ['2026-11-04', true],
    ['2026-13-01', false],
    ['4 Nov 2026', false],
    ['2026-11-04T10:00', false],
    [undefined, false],
  ])('reads %s as a YYYY-MM-DD day: %s', (value, expected) => {
    expect(isIsoDay(value)).toBe(expected);
  });
});
