import { AppError, CypherQueryError } from '../../model/errors.ts';

/** A class of the engine's messages: how to recognise it and what to answer in our own words. */
interface EngineErrorClass {
  test: RegExp;
  code: string;
  /** Our sentence; `match` gives the names the engine quoted from the user's own query. */
  message: (match: RegExpExecArray) => string;
}

/** A name quoted back from the user's query, shown only when it looks like one. */
function name(value: string | undefined, fallback: string): string {
  const text = (value ?? '').replace(/^`|`$/g, '');
  return /^[\p{L}_][\p{L}\p{N}_.]{0,63}$/u.test(text) && !/^anon_rel_\d+$/.test(text) ? `"${text}"` : fallback;
}

const NARROW = 'Narrow it (a WHERE, a LIMIT, fewer hops) or aggregate earlier.';

/** The engine's message classes, most specific first; docs/engine-crashes.md lists where each was met. */
const CLASSES: EngineErrorClass[] = [
  { test: /^Interrupted/i, code: 'CYPHER_TIMEOUT', message: () => 'The query ran past the time limit and was stopped. Narrow it or add a LIMIT.' },
  {
    test: /^Buffer manager exception|Unable to allocate memory|bad_alloc|Mmap for size/i,
    code: 'CYPHER_TOO_LARGE',
    message: () => `The query needs more memory than the store may use (EMBEDDED_BUFFER_POOL_MB). ${NARROW}`,
  },
  { test: /read-only transaction|read only mode/i, code: 'CYPHER_WRITE_REFUSED', message: () => 'The Cypher endpoint is read-only: this query would write.' },
  { test: /Variable (\S+) is not in scope/, code: 'CYPHER_INVALID', message: (m) => `The variable ${name(m[1], 'used')} is not defined at that point of the query.` },
  {
    test: /Cannot find property (\S+) for (\S+?)\.?$/,
    code: 'CYPHER_INVALID',
    message: (m) => `${name(m[2], 'An element')} has no property ${name(m[1], 'of that name')} in the graph's schema (docs/graph-model.md lists them).`,
  },
  {
    test: /Table (\S+) does not exist/,
    code: 'CYPHER_INVALID',
    message: (m) => `The graph has no node label or relationship type ${name(m[1], 'of that name')} (docs/graph-model.md lists them).`,
  },
  {
    test: /[Ff]unction (\S+) does not exist/,
    code: 'CYPHER_UNSUPPORTED',
    message: (m) => `The function ${name(m[1]?.toLowerCase(), 'called')} is not available on the embedded store.`,
  },
  {
    test: /Function (\S+) did not receive correct arguments/,
    code: 'CYPHER_INVALID',
    message: (m) => `The function ${name(m[1]?.toLowerCase(), 'called')} was given arguments of a type it does not take.`,
  },
  { test: /skip\/limit must be a non-negative integer/i, code: 'CYPHER_INVALID', message: () => 'SKIP and LIMIT take whole numbers from 0.' },
  { test: /^Overflow exception/, code: 'CYPHER_INVALID', message: () => 'A number went out of range: whole numbers are 64-bit on the embedded store.' },
  { test: /[Dd]ivi(de|sion) by zero/, code: 'CYPHER_INVALID', message: () => 'The query divides a whole number by zero.' },
  {
    // lists joined by `+`, and reduce()'s start before its list: the engine joins only lists of one type
    test: /Cannot bind LIST_CONCAT/,
    code: 'CYPHER_UNSUPPORTED',
    message: () => 'The embedded store joins only lists of one type (whole numbers with whole numbers, text with text), and runs reduce() only over whole numbers from a whole number. Convert the values first, or UNWIND the list and aggregate.',
  },
  { test: /^Conversion exception/, code: 'CYPHER_INVALID', message: () => 'A value could not be converted to the type the query asks for.' },
  {
    test: /vector with ANY type|parameter/i,
    code: 'CYPHER_BAD_PARAMS',
    message: () => 'The store could not tell the type of a parameter or of an empty list; give lists and maps values of one type.',
  },
  {
    test: /^Parser exception/,
    code: 'CYPHER_UNSUPPORTED',
    message: () => 'The embedded store cannot read a form this query uses, though it is valid Cypher; write it with simpler forms.',
  },
  {
    test: /^(Binder|Catalog) exception/,
    code: 'CYPHER_INVALID',
    message: () => "The query does not fit the graph: a label, property, variable or function it names is not there, or values' types do not go together.",
  },
  {
    test: /^Runtime exception/,
    code: 'CYPHER_INVALID',
    message: () => 'The query failed on a value while it ran (an index out of range, a value of the wrong type, or one too large).',
  },
];

/** Anything else the engine says: assertions with its build paths, bare C++ messages (`unordered_map::at`), storage and IO. */
const UNKNOWN_MESSAGE = 'The embedded store could not run this query: it reaches a limitation of the store. Write it with simpler forms.';

/**
 * The engine's error for a user's query as a 400 in our words, with a stable code: never the engine's
 * name, its message classes, build paths or host paths. AppErrors (our own checks) pass unchanged.
 * @example toEngineQueryError(new Error('Interrupted.')) // CypherQueryError CYPHER_TIMEOUT
 */
export function toEngineQueryError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
  for (const each of CLASSES) {
    const match = each.test.exec(message);
    if (match) return new CypherQueryError(each.message(match), each.code);
  }
  return new CypherQueryError(UNKNOWN_MESSAGE, 'CYPHER_UNSUPPORTED');
}
