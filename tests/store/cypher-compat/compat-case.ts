/** One query of the compatibility suite, with the answer Neo4j gives on the Port Elwin fixture. */
export interface CompatCase {
  query: string;
  params?: Record<string, unknown>;
  /** Neo4j's rows; objects compare on the keys written here, so a node can be given as `{ id }`. */
  rows?: Record<string, unknown>[];
  /** Compare rows in order: only for queries with ORDER BY. */
  ordered?: boolean;
  /** The embedded store refuses this form with CYPHER_UNSUPPORTED; the text names the form. */
  refused?: string;
}

/** True when `actual` has every key of `expected` with a matching value; lists match element by element. */
export function matchesValue(actual: unknown, expected: unknown): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') return Math.abs(actual - expected) < 1e-9;
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((each, i) => matchesValue(actual[i], each));
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null) return false;
    return Object.entries(expected).every(([key, value]) => matchesValue((actual as Record<string, unknown>)[key], value));
  }
  return actual === expected;
}

/** True when the rows match: in order, or as a multiset when the query does not order them. */
export function matchesRows(actual: Record<string, unknown>[], expected: Record<string, unknown>[], ordered: boolean): boolean {
  if (actual.length !== expected.length) return false;
  if (ordered) return expected.every((row, i) => matchesValue(actual[i], row) && sameColumns(actual[i], row));
  const unused = [...actual];
  return expected.every((row) => {
    const at = unused.findIndex((candidate) => matchesValue(candidate, row) && sameColumns(candidate, row));
    if (at === -1) return false;
    unused.splice(at, 1);
    return true;
  });
}

/** Neo4j names each column; the embedded store must answer with the same names. */
function sameColumns(actual: Record<string, unknown> | undefined, expected: Record<string, unknown>): boolean {
  return Object.keys(expected).sort().join('\u0000') === Object.keys(actual ?? {}).sort().join('\u0000');
}
