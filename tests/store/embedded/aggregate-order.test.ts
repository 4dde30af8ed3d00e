import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedGraphStore } from '../../../store/embedded/graph-store-embedded.ts';
import type { GraphStore } from '../../../store/graph-store.ts';

/**
 * Kuzu 0.11 answers an aggregate without DISTINCT that follows one with DISTINCT, beside a grouping
 * key, as 0 or null. The store refuses that order rather than answer wrongly, and answers the others right.
 */
let store: GraphStore;
const ROWS = "UNWIND [{k: 'a', v: 1}, {k: 'a', v: 1}, {k: 'b', v: 2}, {k: 'b', v: 3}] AS r ";

beforeAll(async () => {
  store = await createEmbeddedGraphStore({ path: ':memory:' });
});

afterAll(async () => {
  await store.close();
});

describe('aggregates with and without DISTINCT on the embedded store', () => {
  it.each([
    'RETURN r.k AS k, collect(DISTINCT r.v) AS d, count(r) AS n',
    'RETURN r.k AS k, count(DISTINCT r.v) AS d, sum(r.v) AS s',
    'RETURN r.k AS k, collect(DISTINCT r.v) AS d, count(*) AS n',
    'WITH r.k AS k, count(DISTINCT r.v) AS d, max(r.v) AS m RETURN k, d, m',
  ])('refuses %s with the order that works', async (tail) => {
    await expect(store.runReadQuery(ROWS + tail)).rejects.toMatchObject({
      code: 'CYPHER_UNSUPPORTED',
      status: 400,
      message: expect.stringContaining('write the aggregates without DISTINCT first'),
    });
  });

  it('answers the aggregates without DISTINCT first, grouped, as Neo4j does', async () => {
    const result = await store.runReadQuery(`${ROWS}RETURN r.k AS k, count(r) AS n, sum(r.v) AS s, collect(DISTINCT r.v) AS d ORDER BY k`);
    expect(result.rows).toEqual([
      { k: 'a', n: 2, s: 2, d: [1] },
      { k: 'b', n: 2, s: 5, d: [2, 3] },
    ]);
  });

  it('answers any order when nothing is grouped', async () => {
    const result = await store.runReadQuery(`${ROWS}RETURN collect(DISTINCT r.v) AS d, count(r) AS n`);
    expect(result.rows).toEqual([{ d: [1, 2, 3], n: 4 }]);
  });
});
