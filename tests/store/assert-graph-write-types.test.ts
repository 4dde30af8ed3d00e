import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../model/extraction.ts';
import { toGraphWrite } from '../../store/to-graph-write.ts';
import { assertGraphWriteTypes } from '../../store/assert-graph-write-types.ts';
import { budgetArticle, floodArticle } from '../fixtures/extractions.fixtures.ts';

const meta = { source: 'test', ingestedAt: '2026-11-23T10:00:00.000Z', text: 'text' };

describe('assertGraphWriteTypes', () => {
  it.each([[floodArticle], [budgetArticle]])('accepts a well-formed article', (article) => {
    expect(() => assertGraphWriteTypes(toGraphWrite(article, meta))).not.toThrow();
  });

  it('rejects an offset that is not an integer, naming the edge type and property', () => {
    const broken: Extraction = {
      ...floodArticle,
      relations: [{ ...floodArticle.relations[0]!, evidence: { start: 'not a number' as unknown as number, end: 3 } }],
    };
    expect(() => assertGraphWriteTypes(toGraphWrite(broken, meta))).toThrow(
      expect.objectContaining({ code: 'GRAPH_WRITE_INVALID', message: expect.stringContaining('AFFILIATED_WITH.startOffset = "not a number"') }),
    );
  });
});
