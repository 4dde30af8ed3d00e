import type { ParsedCypher } from '../neo4j-to-embedded/syntax-tree.ts';
import { descendantsNamed } from '../neo4j-to-embedded/syntax-tree.ts';
import { checkCopies } from './check-copies.ts';
import { checkExpressions } from './check-expressions.ts';
import { checkPaging } from './check-paging.ts';

/**
 * Throws CYPHER_TOO_LARGE, CYPHER_UNSUPPORTED or CYPHER_INVALID, naming the place and what is allowed,
 * for a statement that asks more of the store than QUERY_LIMITS allows: SKIP, LIMIT and ORDER BY,
 * range() and list sizes, nesting, functions that are not Neo4j's, values grown by repetition.
 * Parameters fix SKIP, LIMIT and range() bounds; without them (a check of the text alone) those wait.
 * @example assertBoundedQuery(parsed, { n: 10 }) // returns, or throws for `UNWIND range(1, 2000000000) AS x …`
 */
export function assertBoundedQuery(parsed: ParsedCypher, params?: Readonly<Record<string, unknown>>): void {
  for (const rule of ['orderBy', 'skip', 'limit']) {
    for (const node of descendantsNamed(parsed, parsed.tree, rule)) checkPaging(parsed, node, params);
  }
  checkExpressions(parsed, params);
  checkCopies(parsed);
}
