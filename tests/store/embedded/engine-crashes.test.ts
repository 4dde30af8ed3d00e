import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedGraphStore } from '../../../store/embedded/graph-store-embedded.ts';
import type { GraphStore } from '../../../store/graph-store.ts';

/**
 * The inputs that crashed or misled the embedded engine (docs/engine-crashes.md), sent to a real store
 * in this process: a crash here fails the file. Each is refused before the engine sees it, or answered right.
 */
let store: GraphStore;

beforeAll(async () => {
  store = await createEmbeddedGraphStore({ path: ':memory:' });
});

afterAll(async () => {
  await store.close();
});

const CRASHES: [string, string, Record<string, unknown>, string][] = [
  ['ORDER BY … SKIP past the rows sorted (segfault)', 'UNWIND range(1, 10) AS x RETURN x ORDER BY x SKIP 100000 LIMIT 5', {}, 'CYPHER_TOO_LARGE'],
  ['the same SKIP as a parameter', 'UNWIND range(1, 10) AS x RETURN x ORDER BY x SKIP $s LIMIT 5', { s: 40_000 }, 'CYPHER_TOO_LARGE'],
  ['SKIP past a block of many sort keys (segfault at SKIP 200)', `UNWIND range(1, 3) AS x RETURN x ORDER BY ${Array(2000).fill('x').join(', ')} SKIP 200 LIMIT 5`, {}, 'CYPHER_TOO_LARGE'],
  ['a list parameter of a map then a number (segfault)', 'RETURN $p AS v', { p: [{ a: 1 }, 5] }, 'CYPHER_BAD_PARAMS'],
  ['a map holding an empty list (engine assertion)', 'RETURN $p AS v', { p: { a: [] } }, 'CYPHER_BAD_PARAMS'],
  ['a range of two billion (22 GB before the time limit)', 'UNWIND range(1, 2000000000) AS x RETURN count(x)', {}, 'CYPHER_TOO_LARGE'],
  ['range() whose bounds overflow 64 bits when subtracted (segfault)', 'UNWIND range(9007199254740991, -9223372036854775807) AS x RETURN count(x)', {}, 'CYPHER_TOO_LARGE'],
  ['repeat() sized by a number (43 s and 1.2 GB while preparing)', "RETURN size(repeat('ab', 100000000)) AS n", {}, 'CYPHER_UNSUPPORTED'],
  ['a string doubled through WITHs (past 4 GB)', "WITH 'aaaaaaaaaa' AS s WITH s+s+s+s+s+s+s+s+s+s AS s WITH s+s+s+s+s+s+s+s+s+s AS s RETURN size(s) AS n", {}, 'CYPHER_TOO_LARGE'],
  ['an operator chain 9,000 long (stack overflow)', `RETURN ${Array(9000).fill('1').join('+')} AS v`, {}, 'CYPHER_TOO_LARGE'],
  ['lists nested 1,000 deep (stack overflow)', `RETURN ${'['.repeat(1000)}1${']'.repeat(1000)} AS v`, {}, 'CYPHER_TOO_LARGE'],
];

describe('the embedded store under inputs that crashed its engine', () => {
  it.each(CRASHES)('refuses %s with 400', async (_name, query, params, code) => {
    await expect(store.runReadQuery(query, { params, timeoutMs: 2_000 })).rejects.toMatchObject({ code, status: 400 });
  });

  it.each([
    ['whole numbers and fractions', [1, 2.5]],
    ['a fraction first', [2.5, 1]],
    ['a list of maps written in two key orders', [{ a: 1, b: 'x' }, { b: 'y', a: 2 }]],
    ['a map of lists', { a: [1, 2], b: ['x'] }],
    ['text with NUL and astral characters', 'a\u0000𝄞'],
    ['an empty list', []],
  ])('answers the parameter %s as it was sent', async (_name, value) => {
    const result = await store.runReadQuery('RETURN $p AS v', { params: { p: value } });
    expect(result.rows).toEqual([{ v: value }]);
  });

  it('still answers after all of them', async () => {
    const result = await store.runReadQuery('UNWIND range(1, 3) AS x RETURN x ORDER BY x SKIP 1 LIMIT 5');
    expect(result.rows).toEqual([{ x: 2 }, { x: 3 }]);
  });
});
