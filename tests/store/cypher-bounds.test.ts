import { describe, expect, it } from 'vitest';
import { assertSafeQuery } from '../../store/cypher/assert-safe-query.ts';

/** Queries the store must never see, the code they are refused with and words the answer says. */
const REFUSED: [string, string, Record<string, unknown> | undefined, string, string][] = [
  ['a SKIP past the engine\'s sorted block', 'MATCH (n) RETURN n.id ORDER BY n.id SKIP 100000 LIMIT 5', undefined, 'CYPHER_TOO_LARGE', 'SKIP 100,000 at line 1, column 37 is more than the 1,000 allowed'],
  ['a SKIP in a WITH', 'MATCH (n) WITH n ORDER BY n.id SKIP 1001 LIMIT 5 RETURN n', undefined, 'CYPHER_TOO_LARGE', 'page on the sort key'],
  ['a SKIP given as a parameter', 'MATCH (n) RETURN n ORDER BY n.id SKIP $s LIMIT 5', { s: 20_000 }, 'CYPHER_TOO_LARGE', 'SKIP 20,000'],
  ['a SKIP that is an expression', 'MATCH (n) RETURN n SKIP 2 + 3', undefined, 'CYPHER_INVALID', 'SKIP takes a whole number from 0 or a parameter'],
  ['a negative LIMIT', 'MATCH (n) RETURN n LIMIT -1', undefined, 'CYPHER_INVALID', 'LIMIT takes a whole number from 0'],
  ['a LIMIT beyond 2^53', 'MATCH (n) RETURN n LIMIT 9223372036854775807', undefined, 'CYPHER_TOO_LARGE', 'LIMIT 9,223,372,036,854,775,807'],
  ['eleven sort keys', `MATCH (n) RETURN n ORDER BY ${'n.id, '.repeat(10)}n.name`, undefined, 'CYPHER_TOO_LARGE', '11 sort keys; at most 10'],
  ['a range of two billion numbers', 'UNWIND range(1, 2000000000) AS x RETURN count(x)', undefined, 'CYPHER_TOO_LARGE', 'would make 2,000,000,000 numbers; a range() may make at most 100,000'],
  ['a range sized by a parameter', 'UNWIND range(0, $n) AS x RETURN x', { n: 1e9 }, 'CYPHER_TOO_LARGE', 'at most 100,000'],
  ['ranges too long together', 'UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y UNWIND range(1, 100000) AS z RETURN 1', undefined, 'CYPHER_TOO_LARGE', 'at most 200,000'],
  ['a range of a computed length', 'UNWIND range(1, size($l)) AS x RETURN x', { l: [1] }, 'CYPHER_UNSUPPORTED', 'takes whole-number literals or parameters'],
  ['a range whose bounds are 2^63 apart (segfault)', 'UNWIND range(9007199254740991, -9223372036854775808) AS x RETURN count(x)', undefined, 'CYPHER_TOO_LARGE', 'beyond ±9,007,199,254,740,991'],
  ['a range with a step of 0', 'RETURN range(1, 5, 0)', undefined, 'CYPHER_INVALID', 'step of 0'],
  ['a range inside a comprehension', 'RETURN [x IN [1, 2] | range(1, x)] AS l', undefined, 'CYPHER_TOO_LARGE', 'runs once for each element'],
  ['a comprehension inside a comprehension', 'RETURN [x IN [1, 2] | [y IN [1] | y]] AS l', undefined, 'CYPHER_TOO_LARGE', 'UNWIND the outer list'],
  ['a list literal of 1,001 elements', `RETURN [${Array(1001).fill('1').join(',')}] AS l`, undefined, 'CYPHER_TOO_LARGE', 'at most 1,000. Pass a longer one as a parameter'],
  ['21 levels of brackets', `RETURN ${'('.repeat(21)}1${')'.repeat(21)} AS v`, undefined, 'CYPHER_TOO_LARGE', 'nested 21 brackets deep'],
  ['brackets too deep for the parser', `RETURN ${'['.repeat(5000)}1${']'.repeat(5000)} AS v`, undefined, 'CYPHER_TOO_LARGE', 'more than 40 deep'],
  ['an operator chain of 300', `RETURN ${Array(300).fill('1').join(' + ')} AS v`, undefined, 'CYPHER_TOO_LARGE', 'at most 200'],
  ['many NOT (', `RETURN ${Array(60).fill('NOT (true)').join(' AND ')} AS v`, undefined, 'CYPHER_TOO_LARGE', 'NOT x without brackets'],
  ['a string doubled through WITHs', "WITH 'ab' AS s WITH s + s AS s WITH s + s AS s WITH s + s AS s RETURN size(s)", undefined, 'CYPHER_TOO_LARGE', 'joins 8 copies of s'],
  ['a collected list joined thrice', 'MATCH (n) WITH collect(n.name) AS l RETURN l + l + l AS x', undefined, 'CYPHER_TOO_LARGE', 'joins 6 copies'],
  ['a function of the engine that is not Neo4j\'s', "RETURN repeat('x', 2000000000) AS s", undefined, 'CYPHER_UNSUPPORTED', "not one of Neo4j's built-in functions"],
  ['a plugin function', "RETURN apoc.text.join(['a'], ',') AS s", undefined, 'CYPHER_UNSUPPORTED', 'apoc'],
];

const ALLOWED: [string, string, Record<string, unknown>?][] = [
  ['a page 1,000 rows in', 'MATCH (n) RETURN n.id ORDER BY n.id SKIP 1000 LIMIT 50'],
  ['paging by parameters', 'MATCH (n) RETURN n.id ORDER BY n.id SKIP $s LIMIT $l', { s: 40, l: 20 }],
  ['ten sort keys', `MATCH (n) RETURN n ORDER BY ${'n.id, '.repeat(9)}n.name`],
  ['a range of 100,000', 'UNWIND range(1, 100000) AS x RETURN sum(x)'],
  ['a descending range', 'UNWIND range(10, 1, -1) AS x RETURN x'],
  ['sums of different elements', 'MATCH (a), (b), (c), (d), (e) RETURN a.mentions + b.mentions + c.mentions + d.mentions + e.mentions AS s'],
  ['two collected lists joined', 'MATCH (n) WITH collect(n.name) AS names, collect(n.id) AS ids RETURN names + ids AS x'],
  ['a comprehension over a comprehension', 'RETURN [x IN [y IN [1, 2] | y * 2] WHERE x > 2 | x] AS l'],
  ['EXISTS tests side by side', 'MATCH (n) WHERE EXISTS { (n)-->() } AND EXISTS { (n)<--() } AND n.id <> "x" RETURN n.id'],
  ['NOT before a bracket a few times', 'MATCH (n) WHERE NOT (n.id = "a") AND NOT (n.id = "b") RETURN n.id'],
];

describe('assertSafeQuery: the bounds on what a console query may ask', () => {
  it.each(REFUSED)('refuses %s', (_name, query, params, code, words) => {
    expect(() => assertSafeQuery(query, params ?? {})).toThrow(expect.objectContaining({ code, status: 400, message: expect.stringContaining(words) }));
  });

  it.each(ALLOWED)('lets %s through', (_name, query, params) => {
    expect(() => assertSafeQuery(query, params ?? {})).not.toThrow();
  });

  it('waits for the parameters to check a SKIP or a range given by one', () => {
    expect(() => assertSafeQuery('UNWIND range(0, $n) AS x RETURN x SKIP $s')).not.toThrow();
    expect(() => assertSafeQuery('UNWIND range(0, $n) AS x RETURN x SKIP $s', { n: 10, s: 5000 })).toThrow(expect.objectContaining({ code: 'CYPHER_TOO_LARGE' }));
  });

  it('checks the read-only rule first', () => {
    expect(() => assertSafeQuery('UNWIND range(1, 2000000000) AS x CREATE (:P {x: x})')).toThrow(expect.objectContaining({ code: 'CYPHER_WRITE_REFUSED' }));
  });
});
