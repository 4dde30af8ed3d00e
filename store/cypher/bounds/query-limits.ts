/**
 * What a user's Cypher query and its parameters may ask of the store. Each bound keeps a form the
 * embedded engine (Kuzu 0.11.3) crashes on, or runs outside its time and memory limits, away from it;
 * docs/engine-crashes.md has the measurements behind each figure.
 */
export const QUERY_LIMITS = {
  /**
   * SKIP after ORDER BY … LIMIT reads past the end of the engine's sorted blocks (a segfault) once it
   * exceeds both the rows sorted and one block of sort keys: 262,144 bytes / (8 + up to 17 a key),
   * 1,472 tuples at 10 keys. So SKIP stays at 1,000 and ORDER BY at 10 keys, everywhere.
   */
  maxSkip: 1_000,
  maxOrderKeys: 10,
  /** SKIP and LIMIT beyond this are not whole numbers JSON or JavaScript can carry exactly. */
  maxLimit: Number.MAX_SAFE_INTEGER,
  /**
   * A range() of literals is computed while the query is prepared, before the time limit starts and
   * outside the buffer pool: ~2 µs and ~600 bytes an element (range(1, 2e9) grew the process to 22 GB).
   */
  maxRangeSize: 100_000,
  /** All range() calls of one query together. */
  maxRangeTotal: 200_000,
  /** Elements of one list literal: longer lists go in a parameter. */
  maxListLiteral: 1_000,
  /** Brackets, parentheses, maps and calls inside each other: the engine's parse time grows steeply with depth. */
  maxBracketDepth: 20,
  /** Operators and brackets on one path of an expression: `1+1+…` 9,000 long overflows the engine's stack. */
  maxExpressionDepth: 200,
  /**
   * Copies of one value an expression may join (`s + s + s`), through a chain of WITHs: each copy is
   * held outside the buffer pool, so repeated doubling grows without bound. collect() counts twice,
   * as a collected list can be as large as the buffer pool.
   */
  maxCopies: 4,
  /** Elements of a list or map built once for each element of a list (in a comprehension's projection). */
  maxPerElementCollection: 4,
} as const;

/** What a query's parameters may hold: the embedded store reads some shapes wrongly or crashes on them. */
export const PARAM_LIMITS = {
  maxParams: 100,
  /** Lists and maps inside each other, the outermost counted: [[1, 2]] and {a: {b: 1}} are depth 2. */
  maxDepth: 3,
  maxListLength: 10_000,
  maxMapKeys: 100,
  maxStringLength: 100_000,
  /** Scalars in all parameters together. */
  maxValues: 100_000,
} as const;
