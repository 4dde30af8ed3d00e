import { describe, expect, it } from 'vitest';
import { CypherQueryError } from '../../../model/errors.ts';
import { toEngineQueryError } from '../../../store/embedded/engine-errors.ts';

/** Messages the engine gave on this machine (docs/engine-crashes.md), the code we answer and words of ours. */
const MESSAGES: [string, string, string][] = [
  ['Interrupted.', 'CYPHER_TIMEOUT', 'time limit'],
  ['Buffer manager exception: Unable to allocate memory! The buffer pool is full and no memory could be freed!', 'CYPHER_TOO_LARGE', 'EMBEDDED_BUFFER_POOL_MB'],
  ['Buffer manager exception: Mmap for size 8796093022208 failed.', 'CYPHER_TOO_LARGE', 'more memory'],
  ['std::bad_alloc', 'CYPHER_TOO_LARGE', 'more memory'],
  ['Cannot execute write operations in a read-only transaction.', 'CYPHER_WRITE_REFUSED', 'read-only'],
  ['Binder exception: Variable y is not in scope.', 'CYPHER_INVALID', 'The variable "y" is not defined'],
  ['Binder exception: Cannot find property nope for n.', 'CYPHER_INVALID', '"n" has no property "nope"'],
  ['Binder exception: Table Persn does not exist.', 'CYPHER_INVALID', 'no node label or relationship type "Persn"'],
  ['Catalog exception: function REPLACE does not exist.', 'CYPHER_UNSUPPORTED', 'The function "replace" is not available'],
  ['Binder exception: Function COUNT did not receive correct arguments:\nActual:   (ANY)\nExpected: DISTINCT (INTERNAL_ID) -> INT64', 'CYPHER_INVALID', '"count" was given arguments'],
  ['Binder exception: Cannot order by p. Order by NODE is not supported.', 'CYPHER_INVALID', 'does not fit the graph'],
  ['Binder exception: Variable anon_rel_1 is not in scope.', 'CYPHER_INVALID', 'The variable used is not defined'],
  ['Parser exception: Invalid input <MATCH (n:>: expected rule oC_SingleQuery (line: 1, offset: 9)', 'CYPHER_UNSUPPORTED', 'cannot read a form'],
  ['Runtime exception: The number of rows to skip/limit must be a non-negative integer.', 'CYPHER_INVALID', 'whole numbers from 0'],
  ['Runtime exception: Trying to a create a vector with ANY type. This should not happen.', 'CYPHER_BAD_PARAMS', 'type of a parameter'],
  ['Runtime exception: list_extract(list, index) index out of range', 'CYPHER_INVALID', 'failed on a value while it ran'],
  ['Overflow exception: Value 9223372036854775807 + 1 is not within INT64 range.', 'CYPHER_INVALID', '64-bit'],
  ['Binder exception: Cannot bind LIST_CONCAT with parameter type INT64[] and DOUBLE[].', 'CYPHER_UNSUPPORTED', 'joins only lists of one type'],
  ['Conversion exception: Cast failed. Could not convert "x" to INT64.', 'CYPHER_INVALID', 'could not be converted'],
  [
    'Assertion failed in file "/home/runner/actions-runner/_work/kuzu/kuzu/tools/nodejs_api/package/kuzu-source/src/common/types/types.cpp" on line 317: KU_UNREACHABLE',
    'CYPHER_UNSUPPORTED',
    'limitation of the store',
  ],
  ['unordered_map::at', 'CYPHER_UNSUPPORTED', 'limitation of the store'],
  ['IO exception: Could not read file /work/data/graph.kuzu', 'CYPHER_UNSUPPORTED', 'limitation of the store'],
];

/** The engine's names, message classes and paths: none may reach a client. */
const INTERNALS = /exception|assert|\.cpp|\/home|\/work|kuzu|std::|unordered_map|KU_|INT64|ANY\b|anon_rel/i;

describe('toEngineQueryError: the engine in our words', () => {
  it.each(MESSAGES)('answers %j with %s', (engineMessage, code, words) => {
    const answer = toEngineQueryError(new Error(engineMessage));
    expect(answer).toMatchObject({ code, status: 400 });
    expect(answer.message).toContain(words);
    expect(answer.message).not.toMatch(INTERNALS);
  });

  it('passes our own errors on unchanged', () => {
    const ours = new CypherQueryError('SKIP 5,000 is more than the 1,000 allowed.', 'CYPHER_TOO_LARGE');
    expect(toEngineQueryError(ours)).toBe(ours);
  });

  it('never repeats a message it does not know', () => {
    const answer = toEngineQueryError(new Error('Storage exception: page 77 of /var/lib/secret is corrupt'));
    expect(answer).toMatchObject({ code: 'CYPHER_UNSUPPORTED', status: 400 });
    expect(answer.message).not.toMatch(/secret|Storage|page 77/);
  });
});
