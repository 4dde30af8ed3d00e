import { AppError, CypherQueryError, ReadOnlyViolationError } from '../../model/errors.ts';
import { QUERY_LIMITS } from './bounds/query-limits.ts';
import { assertReadOnlyTree } from './neo4j-to-embedded/assert-read-only-tree.ts';
import { parseCypher } from './neo4j-to-embedded/parse-cypher.ts';
import { positionOf, spanOf, type ParsedCypher } from './neo4j-to-embedded/syntax-tree.ts';

/** Clauses that write data, change the schema, touch files or control transactions. */
const WRITE_KEYWORDS = new Set([
  'CREATE',
  'MERGE',
  'SET',
  'DELETE',
  'DETACH',
  'REMOVE',
  'DROP',
  'ALTER',
  'LOAD',
  'COPY',
  'ATTACH',
  'INSTALL',
  'UNINSTALL',
  'IMPORT',
  'EXPORT',
  'FOREACH',
  'CHECKPOINT',
  'BEGIN',
  'COMMIT',
  'ROLLBACK',
  'USE',
  'GRANT',
  'REVOKE',
  'DENY',
  'TERMINATE',
]);

/** Procedures that only read the catalogue, on either backend. */
const READ_ONLY_PROCEDURES = new Set([
  'show_tables',
  'table_info',
  'show_connection',
  'db_version',
  'show_functions',
  'db.labels',
  'db.relationshiptypes',
  'db.propertykeys',
  'db.schema.visualization',
]);

interface Token {
  text: string;
  offset: number;
}

/**
 * Parses the query with Neo4j's grammar and returns its one statement; throws ReadOnlyViolationError
 * unless it only reads, CypherQueryError (CYPHER_INVALID) with line and column when it does not parse.
 * A query the parser rejects still goes through the token check, so a write never hides behind a
 * syntax error. The backends also run user queries in read-only transactions: a second guard.
 * @example assertReadOnlyQuery('MATCH (n) RETURN count(n)') // the parsed statement
 */
export function assertReadOnlyQuery(query: string): ParsedCypher {
  assertParsable(query);
  const outcome = parseWithinStack(query);
  if (!outcome.ok) {
    assertReadOnlyTokens(query);
    const { line, column, message } = outcome.error;
    throw new CypherQueryError(`Invalid Cypher at line ${line}, column ${column}: ${message}`);
  }
  const [statement, second] = outcome.statements.filter((each) => spanOf(each.tree) !== null);
  if (second) {
    throw new ReadOnlyViolationError(`Only one statement may be sent at a time; found another at ${positionOf(second.tree)}.`);
  }
  if (!statement) throw new CypherQueryError('The query is empty: write a MATCH … RETURN query.');
  assertReadOnlyTree(statement, READ_ONLY_PROCEDURES);
  return statement;
}

/** Brackets inside each other that the parser may read: it recurses once a level and runs out of stack in the thousands. */
const MAX_PARSED_NESTING = 40;
/**
 * `NOT (` the parser may read: it cannot tell it from a call of a function named NOT without reading to
 * the closing bracket, ~3 ms each in a query that does not parse (400 of them: 2.5 s of the server's time).
 */
const MAX_NOT_GROUPS = 50;

/** Throws CYPHER_TOO_LARGE before parsing a query the parser would take too long or too deep a stack to read. */
function assertParsable(query: string): void {
  let depth = 0;
  let notGroups = 0;
  const tokens = tokenize(query);
  tokens.forEach((token, index) => {
    if ('([{'.includes(token.text)) depth++;
    else if (')]}'.includes(token.text)) depth = Math.max(0, depth - 1);
    if (depth > MAX_PARSED_NESTING) {
      throw new CypherQueryError(
        `The query nests brackets more than ${MAX_PARSED_NESTING} deep at offset ${token.offset}; at most ${QUERY_LIMITS.maxBracketDepth} levels of expressions are allowed.`,
        'CYPHER_TOO_LARGE',
      );
    }
    if (token.text.toUpperCase() === 'NOT' && tokens[index + 1]?.text === '(' && ++notGroups > MAX_NOT_GROUPS) {
      throw new CypherQueryError(
        `The query has more than ${MAX_NOT_GROUPS} "NOT (" (at offset ${token.offset}), each costly to read: write NOT x without brackets, or use <>, NONE(…) or IS NULL.`,
        'CYPHER_TOO_LARGE',
      );
    }
  });
}

function parseWithinStack(query: string): ReturnType<typeof parseCypher> {
  try {
    return parseCypher(query);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // the parser recursed past the stack: a shape the bracket count above does not see
    throw new CypherQueryError('The query is nested too deeply to be read; split long expressions over WITH clauses.', 'CYPHER_TOO_LARGE');
  }
}

/** The check used when the query does not parse: strings, comments and back-quoted names are skipped. */
function assertReadOnlyTokens(query: string): void {
  const tokens = tokenize(query.normalize('NFKC'));
  tokens.forEach((token, index) => {
    const word = token.text.toUpperCase();
    if (token.text === ';') {
      if (tokens.slice(index + 1).length > 0) {
        throw new ReadOnlyViolationError(
          `Only one statement may be sent at a time; found another after ";" at offset ${token.offset}.`,
        );
      }
      return;
    }
    const isPropertyName = tokens[index - 1]?.text === '.';
    if (WRITE_KEYWORDS.has(word) && !isPropertyName) {
      throw new ReadOnlyViolationError(
        `The Cypher endpoint is read-only: "${token.text}" at offset ${token.offset} would change the graph or the database. ` +
          'Use MATCH, OPTIONAL MATCH, WITH, UNWIND and RETURN.',
      );
    }
    if (word === 'CALL') assertReadOnlyCall(tokens, index);
  });
}

function assertReadOnlyCall(tokens: Token[], callIndex: number): void {
  const call = tokens[callIndex]!;
  const next = tokens[callIndex + 1];
  if (next?.text === '{') return; // a subquery: its clauses are checked like the rest
  let name = '';
  for (let i = callIndex + 1; i < tokens.length; i++) {
    const text = tokens[i]!.text;
    if (text === '(' || text === ';') break;
    name += text;
  }
  if (!READ_ONLY_PROCEDURES.has(name.toLowerCase())) {
    throw new ReadOnlyViolationError(
      `The Cypher endpoint may call only read-only procedures (${[...READ_ONLY_PROCEDURES].join(', ')}); ` +
        `"CALL ${name}" at offset ${call.offset} is not one of them.`,
    );
  }
}

/** Splits a query into words and punctuation, dropping strings, comments and back-quoted names. */
function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const char = query[i]!;
    const pair = query.slice(i, i + 2);
    if (/\s/.test(char)) {
      i++;
    } else if (pair === '//') {
      i = skipUntil(query, i + 2, '\n');
    } else if (pair === '/*') {
      i = skipUntil(query, i + 2, '*/');
    } else if (char === "'" || char === '"' || char === '`') {
      i = skipQuoted(query, i, char);
    } else if (/[\p{L}\p{N}_$]/u.test(char)) {
      const start = i;
      while (i < query.length && /[\p{L}\p{N}_$]/u.test(query[i]!)) i++;
      tokens.push({ text: query.slice(start, i), offset: start });
    } else {
      tokens.push({ text: char, offset: i });
      i++;
    }
  }
  return tokens;
}

function skipUntil(query: string, from: number, end: string): number {
  const at = query.indexOf(end, from);
  return at === -1 ? query.length : at + end.length;
}

/** Skips a quoted run; a backslash escapes the next character, and a doubled quote stands for one. */
function skipQuoted(query: string, from: number, quote: string): number {
  let i = from + 1;
  while (i < query.length) {
    const char = query[i]!;
    if (char === '\\') {
      i += 2;
    } else if (char === quote && query[i + 1] === quote) {
      i += 2;
    } else if (char === quote) {
      return i + 1;
    } else {
      i++;
    }
  }
  return query.length;
}

/** Runs a check and turns what it throws into `{code, message}`; null when it passes. */
export function toCheckResult(check: () => unknown): { code: string; message: string } | null {
  try {
    check();
    return null;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, message: error.message };
    throw error;
  }
}
