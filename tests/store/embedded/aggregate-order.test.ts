import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedGraphStore } from '../../../store/embedded/graph-store-embedded.ts';
import type { GraphStore } from '../../../store/graph-store.ts';

/**
 * Kuzu 0.11 answers an aggregate without DISTINCT that follows one with DISTINCT, beside a grouping
 * key, as 0 or null. The store puts the plain aggregates first and the columns back where the query
 * wrote them, so every order is answered right.
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
    ['RETURN r.k AS k, collect(DISTINCT r.v) AS d, count(r) AS n ORDER BY k', ['k', 'd', 'n'], [{ k: 'a', d: [1], n: 2 }, { k: 'b', d: [2, 3], n: 2 }]],
    ['RETURN r.k AS k, count(DISTINCT r.v) AS d, sum(r.v) AS s ORDER BY k', ['k', 'd', 's'], [{ k: 'a', d: 1, s: 2 }, { k: 'b', d: 2, s: 5 }]],
    ['RETURN r.k AS k, collect(DISTINCT r.v) AS d, count(*) ORDER BY k', ['k', 'd', 'count(*)'], [{ k: 'a', d: [1], 'count(*)': 2 }, { k: 'b', d: [2, 3], 'count(*)': 2 }]],
    ['WITH r.k AS k, count(DISTINCT r.v) AS d, max(r.v) AS m RETURN k, d, m ORDER BY k', ['k', 'd', 'm'], [{ k: 'a', d: 1, m: 1 }, { k: 'b', d: 2, m: 3 }]],
  ])('answers %s with its columns in the order written', async (tail, columns, rows) => {
    const result = await store.runReadQuery(ROWS + tail);
    expect(result.columns).toEqual(columns);
    expect(result.rows).toEqual(rows);
  });

  it('refuses that order inside a UNION, whose parts are joined by position', async () => {
    await expect(store.runReadQuery(`${ROWS}RETURN r.k AS k, count(DISTINCT r.v) AS d, count(r) AS n UNION RETURN 'c' AS k, 0 AS d, 0 AS n`)).rejects.toMatchObject({
      code: 'CYPHER_UNSUPPORTED',
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
