import type { Rewrite } from './rewrite-context.ts';
import { alternativeOf, childNamed, refuse } from './syntax-tree.ts';

/** Forms of Neo4j's Cypher the embedded store has no equivalent for: [form, how to write it instead]. */
const UNSUPPORTED: Record<string, [string, string]> = {
  pathPatternPrefix: ['A path selector (SHORTEST k, ANY, ALL SHORTEST …)', 'Use shortestPath((a)-[*..k]-(b)) or allShortestPaths(…).'],
  quantifier: ['A quantified path pattern', 'Use a variable-length relationship, e.g. -[:T*1..3]->.'],
  parenthesizedPath: ['A parenthesized path pattern', 'Use a variable-length relationship, e.g. -[:T*1..3]->.'],
  shortestPathExpression: ['shortestPath() inside an expression', 'Bind it in MATCH p = shortestPath((a)-[*..k]-(b)).'],
  normalizeFunction: ['normalize()', 'Compare the strings as they are.'],
  letClause: ['LET', 'Use WITH … AS.'],
  filterClause: ['FILTER', 'Use WITH … WHERE.'],
  forListClause: ['FOR … IN', 'Use UNWIND … AS.'],
  when: ['A conditional query (WHEN … THEN)', 'Use CASE or UNION.'],
  finishClause: ['FINISH', 'End the query with RETURN.'],
  orderBySkipLimitClause: ['ORDER BY, SKIP or LIMIT as a clause of their own', 'Attach them to RETURN or WITH.'],
};

/** Rewrites that refuse: each names the form, says what to write and where the form is. */
export const UNSUPPORTED_REWRITES: Record<string, Rewrite> = Object.fromEntries(
  Object.entries(UNSUPPORTED).map(([rule, [form, advice]]) => [rule, (node) => refuse(node, form, advice)]),
);

/** `trim(s)` is the same on both; `trim(BOTH 'x' FROM s)` is not there. */
export const rewriteTrim: Rewrite = (node, ctx) => {
  if (childNamed(ctx.parsed, node, '#FROM')) refuse(node, 'trim(… FROM …)', 'Use trim(s), ltrim(s) or rtrim(s), which remove spaces.');
  return undefined;
};

/** Type predicates (`x IS :: INTEGER`) and normal-form tests have no equivalent. */
export const rewriteComparison: Rewrite = (node) => {
  const kind = alternativeOf(node);
  if (kind === 'TypeComparisonContext') refuse(node, 'A type predicate (IS ::)', 'Test the value itself, e.g. x IS NOT NULL.');
  if (kind === 'NormalFormComparisonContext') refuse(node, 'IS NORMALIZED', 'Compare the strings as they are.');
  return undefined;
};

/** `(n WHERE n.x > 1)`: Kuzu reads conditions only after the pattern. */
export const rewriteNodePattern: Rewrite = (node, ctx) => {
  if (childNamed(ctx.parsed, node, '#WHERE')) refuse(node, 'A WHERE inside a node pattern', 'Move the condition to the WHERE after the pattern.');
  return undefined;
};
