import { describe, expect, it } from 'vitest';
import { toQueryParams } from '../../store/cypher/bounds/to-query-params.ts';
import { parseCypher } from '../../store/cypher/neo4j-to-embedded/parse-cypher.ts';

/** Parameters the embedded engine reads wrongly or crashes on (docs/engine-crashes.md), and what the answer names. */
const REFUSED: [string, unknown, string][] = [
  ['a map followed by a number (segfault)', [{ a: 1 }, 5], '"p[1]" is a whole number in a list that starts with a map'],
  ['a number then a string (answered a memory address)', [1, 'two'], '"p[1]" is a string in a list that starts with a whole number'],
  ['a null in a list', [1, null], '"p[1]" is null inside a list'],
  ['a null first in a list (engine error)', [null, 1], '"p[0]" is null inside a list'],
  ['an empty list in a map (engine assertion)', { a: [] }, '"p.a" is an empty list inside a list or map'],
  ['a null in a map (engine assertion)', { a: null }, '"p.a" is null inside a map'],
  ['an empty map (read as null)', {}, '"p" is an empty map'],
  ['an empty list in a list', [[], [1]], '"p[0]" is an empty list'],
  ['lists of different types in a list', [[1], ['a']], '"p[1]" is a list of string in a list that starts with a list of integer'],
  ['maps of different keys in a list (read by position)', [{ a: 1 }, { b: 2 }], '"p[1]" is a map {b: integer}'],
  ['whole numbers and fractions in a nested list', [[1, 2.5]], 'whole numbers and fractions mix only in a list that is a parameter of its own'],
  ['a whole number past 2^53', 2 ** 53 + 2, 'beyond ±9,007,199,254,740,991'],
  ['a lone surrogate', '\ud800', 'not valid Unicode'],
  ['lists four deep', [[[[1]]]], 'more than 3 deep'],
  ['a list of 10,001', Array(10_001).fill(1), 'at most 10,000'],
  ['a string of 100,001 characters', 'x'.repeat(100_001), 'at most 100,000'],
];

const PASSED: [string, unknown][] = [
  ['null', null],
  ['a whole number', 9_007_199_254_740_991],
  ['a fraction', 2.5],
  ['a string with NUL and astral characters', 'a\u0000𝄞'],
  ['a list of strings', ['a', 'b']],
  ['whole numbers and fractions in a list of their own (sent as fractions)', [1, 2.5]],
  ['an empty list (written as [])', []],
  ['a list of lists', [[1, 2], [3]]],
  ['a map of lists and maps', { a: [1, 2], b: { c: 'x' } }],
  ['a list of maps with the same keys', [{ a: 1, b: 'x' }, { b: 'y', a: 2 }]],
];

describe('toQueryParams: what the store may be given as parameters', () => {
  it.each(REFUSED)('refuses %s with CYPHER_BAD_PARAMS naming it', (_name, value, words) => {
    expect(() => toQueryParams({ p: value })).toThrow(
      expect.objectContaining({ code: 'CYPHER_BAD_PARAMS', status: 400, message: expect.stringContaining(words) }),
    );
  });

  it.each(PASSED)('passes %s', (_name, value) => {
    expect(toQueryParams({ p: value })).toEqual({ p: value });
  });

  it('puts the keys of every map in one order, as the engine reads a list of maps by position', () => {
    const { p } = toQueryParams({ p: [{ b: 1, a: 2 }, { a: 3, b: 4 }] });
    expect((p as object[]).map((map) => Object.keys(map))).toEqual([['a', 'b'], ['a', 'b']]);
  });

  it('refuses a parameter the query uses but params lacks, as Neo4j does', () => {
    const outcome = parseCypher('RETURN $name AS v');
    if (!outcome.ok) throw new Error('parse failed');
    expect(() => toQueryParams({}, outcome.statements[0])).toThrow(expect.objectContaining({ code: 'CYPHER_BAD_PARAMS', message: expect.stringContaining('$name') }));
  });

  it('says what parameters may be', () => {
    expect(() => toQueryParams({ p: [1, 'two'] })).toThrow(/Parameters may be null, true or false, numbers, strings, lists of one type/);
  });
});
