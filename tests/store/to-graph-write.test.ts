import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../model/extraction.ts';
import { mergeGraphWrites, toGraphWrite } from '../../store/to-graph-write.ts';
import { type GraphWrite } from '../../model/graph-rows.ts';
import { budgetArticle, floodArticle } from '../fixtures/extractions.fixtures.ts';

const meta = { source: 'test.txt', ingestedAt: '2026-11-23T09:00:00.000Z', text: 'x'.repeat(200) };

const rowsOf = (write: GraphWrite, type: string) => write.edges.filter((batch) => batch.type === type).flatMap((batch) => batch.rows);

/** The flood article after resolution joined "Harborton" and a misspelt "Harbortn" to one stored place. */
const twoNamesOneEntity: Extraction = {
  ...floodArticle,
  entities: [
    ...floodArticle.entities,
    { id: 'place:harborton', type: 'Place', name: 'Harbortn', aliases: [], mentions: [{ start: 150, end: 158 }] },
  ],
  relations: [...floodArticle.relations, floodArticle.relations[0]!],
};

describe('mergeGraphWrites', () => {
  it('writes one MENTIONS edge per document and entity, adding up the counts and spans of names joined to it', () => {
    const write = mergeGraphWrites([toGraphWrite(twoNamesOneEntity, meta)]);
    const mentions = rowsOf(write, 'MENTIONS').filter((row) => row.to === 'place:harborton');
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({ count: 2, spans: [0, 9, 150, 158] });
    expect(write.entities.Place).toEqual([expect.objectContaining({ id: 'place:harborton', mentions: 2 })]);
  });

  it('keeps one edge for a relation read twice from the same span', () => {
    const write = mergeGraphWrites([toGraphWrite(twoNamesOneEntity, meta)]);
    expect(rowsOf(write, 'AFFILIATED_WITH')).toHaveLength(1);
  });

  it('keeps edges of two documents apart and sums what the documents say about the same pair', () => {
    const write = mergeGraphWrites([toGraphWrite(floodArticle, meta), toGraphWrite(budgetArticle, meta)]);
    expect(rowsOf(write, 'MENTIONS').filter((row) => row.to === 'agency:cro').map((row) => row.from)).toEqual([
      floodArticle.document.id,
      budgetArticle.document.id,
    ]);
    expect(rowsOf(write, 'SAID_ABOUT')).toEqual([
      expect.objectContaining({ from: 'person:lena-marsh', to: 'agency:cro', count: 1 }),
      expect.objectContaining({ from: 'agency:cro', to: 'person:lena-marsh', count: 1 }),
    ]);
  });
});

describe('toGraphWrite quote kinds', () => {
  it('stores reported speech as an indirect Quote and a quote with no kind as direct', () => {
    const [first] = floodArticle.quotes;
    const reported: Extraction = {
      ...floodArticle,
      quotes: [{ ...first!, kind: undefined }, { ...first!, start: first!.end + 5, end: first!.end + 30, kind: 'indirect', rule: 'speaker-verb-head' }],
    };
    const write = toGraphWrite(reported, meta);
    expect(write.quotes.map((quote) => quote.kind)).toEqual(['direct', 'indirect']);
  });
});
