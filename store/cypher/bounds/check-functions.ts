import { readFileSync } from 'node:fs';
import { CypherQueryError } from '../../../model/errors.ts';
import { childNamed, childrenNamed, positionOf, textOf, type CstNode, type ParsedCypher } from '../neo4j-to-embedded/syntax-tree.ts';
import { formatCount, toConstantInteger } from './constant-integer.ts';
import { QUERY_LIMITS } from './query-limits.ts';

const NEO4J_FUNCTIONS: ReadonlySet<string> = new Set(
  readFileSync(new URL('./neo4j-functions.txt', import.meta.url), 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim().toLowerCase())
    .filter((line) => line !== '' && !line.startsWith('#')),
);

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** The name of a called function as written, namespace included (`apoc.text.join`). */
export function functionNameOf(parsed: ParsedCypher, call: CstNode): string {
  const name = childNamed(parsed, call, 'functionName');
  return name ? textOf(parsed, name).replace(/\s+/g, '') : '';
}

/** Throws CYPHER_UNSUPPORTED for a function that is not one of Neo4j's built-in ones. */
export function checkFunctionName(parsed: ParsedCypher, call: CstNode): void {
  const name = functionNameOf(parsed, call);
  if (NEO4J_FUNCTIONS.has(name.toLowerCase())) return;
  const shown = name.length > 60 ? `${name.slice(0, 60)}…` : name;
  throw new CypherQueryError(
    `The function ${shown}() at ${positionOf(call)} is not one of Neo4j's built-in functions, the only ones the console may call ` +
      '(e.g. toLower, size, coalesce, collect, count; procedures and plugins such as apoc are not available).',
    'CYPHER_UNSUPPORTED',
  );
}

/**
 * The numbers a range() call makes, or null when a bound is a parameter not yet given. Throws when a
 * bound is not a whole-number literal or parameter, the step is 0, or the range is too long.
 */
export function toRangeSize(parsed: ParsedCypher, call: CstNode, params?: Readonly<Record<string, unknown>>): bigint | null {
  const bounds = childrenNamed(parsed, call, 'functionArgument').map((argument) => toConstantInteger(parsed, argument, params));
  if (bounds.length < 2 || bounds.length > 3) return null; // the store answers the wrong number of arguments itself
  if (bounds.some((bound) => bound.kind === 'other')) {
    throw new CypherQueryError(
      `range() at ${positionOf(call)} takes whole-number literals or parameters, e.g. range(1, 10) or range(0, $n, 2): ` +
        'its length must be known before the query runs.',
      'CYPHER_UNSUPPORTED',
    );
  }
  if (bounds.some((bound) => bound.kind === 'unknown')) return null;
  const [start, end, step = 1n] = bounds.map((bound) => (bound.kind === 'integer' ? bound.value : 0n));
  // the engine sizes the list from end - start in 64 bits: range(9007199254740991, -9223372036854775807) overflowed it and segfaulted
  if ([start!, end!, step].some((bound) => bound > SAFE || bound < -SAFE)) {
    throw new CypherQueryError(
      `range() at ${positionOf(call)} has a bound beyond ±${formatCount(SAFE)}; its start, end and step must be whole numbers within that.`,
      'CYPHER_TOO_LARGE',
    );
  }
  if (step === 0n) throw new CypherQueryError(`range() at ${positionOf(call)} has a step of 0; use a step of 1 or more, or -1 or less.`, 'CYPHER_INVALID');
  const size = step > 0n ? (end! >= start! ? (end! - start!) / step + 1n : 0n) : start! >= end! ? (start! - end!) / -step + 1n : 0n;
  if (size > BigInt(QUERY_LIMITS.maxRangeSize)) {
    throw new CypherQueryError(
      `${textOf(parsed, call).slice(0, 80)} at ${positionOf(call)} would make ${formatCount(size)} numbers; a range() may make at most ` +
        `${formatCount(QUERY_LIMITS.maxRangeSize)} (and all of a query's ranges ${formatCount(QUERY_LIMITS.maxRangeTotal)}). Use a shorter range.`,
      'CYPHER_TOO_LARGE',
    );
  }
  return size;
}
