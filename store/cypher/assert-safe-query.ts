import { assertReadOnlyQuery } from './assert-read-only.ts';
import { assertBoundedQuery } from './bounds/assert-bounded-query.ts';
import { toQueryParams } from './bounds/to-query-params.ts';
import type { ParsedCypher } from './neo4j-to-embedded/syntax-tree.ts';

/** A user's query that may go to a store: its one parsed statement and its checked parameters. */
export interface SafeQuery {
  statement: ParsedCypher;
  params: Record<string, unknown>;
}

/**
 * The check every console query passes before a store sees it, on one parse with Neo4j's grammar:
 * read-only (CYPHER_WRITE_REFUSED), parameters the store can take (CYPHER_BAD_PARAMS), and within the
 * bounds of QUERY_LIMITS (CYPHER_TOO_LARGE, CYPHER_UNSUPPORTED). Without `params` (a check of the text
 * as it is typed) the bounds that depend on parameter values wait for the run.
 * @example assertSafeQuery('MATCH (p:Person) RETURN p.name SKIP $n', { n: 20 })
 */
export function assertSafeQuery(query: string, params?: Readonly<Record<string, unknown>>): SafeQuery {
  const statement = assertReadOnlyQuery(query);
  const checked = params ? toQueryParams(params, statement) : undefined;
  assertBoundedQuery(statement, checked);
  return { statement, params: checked ?? {} };
}
