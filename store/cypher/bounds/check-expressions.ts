import { CypherQueryError } from '../../../model/errors.ts';
import { childrenNamed, childrenOf, positionOf, ruleOf, type CstNode, type ParsedCypher } from '../neo4j-to-embedded/syntax-tree.ts';
import { formatCount } from './constant-integer.ts';
import { checkFunctionName, functionNameOf, toRangeSize } from './check-functions.ts';
import { QUERY_LIMITS } from './query-limits.ts';

/** Forms that open a level of nesting: the engine's parse time grows steeply with their depth. */
const BRACKETS = new Set([
  'parenthesizedExpression', 'listLiteral', 'map', 'functionInvocation', 'listComprehension', 'patternComprehension',
  'caseExpression', 'extendedCaseExpression', 'listItemsPredicate', 'reduceExpression', 'existsExpression', 'countExpression',
  'collectExpression', 'mapProjection', 'subqueryClause',
]);

/** Forms whose body runs once for each element of a list, inside one evaluation the time limit cannot stop. */
const PER_ELEMENT = new Set(['listComprehension', 'patternComprehension', 'listItemsPredicate', 'reduceExpression']);

/** Operator chains: the engine nests `a + b + c` as ((a + b) + c), one level an operator. */
const CHAINS = new Set(['expression', 'expression11', 'expression10', 'expression9', 'expression8', 'expression7', 'expression6', 'expression5', 'expression4', 'expression3', 'expression2']);

interface Walk {
  parsed: ParsedCypher;
  params?: Readonly<Record<string, unknown>>;
  rangeTotal: bigint;
}

/**
 * Walks the statement: only Neo4j's functions, range() of known and bounded length, list literals,
 * nesting and operator chains within QUERY_LIMITS, and nothing that makes a list inside a list
 * comprehension's projection or WHERE. Throws CYPHER_TOO_LARGE or CYPHER_UNSUPPORTED naming the place.
 */
export function checkExpressions(parsed: ParsedCypher, params?: Readonly<Record<string, unknown>>): void {
  const walk: Walk = { parsed, params, rangeTotal: 0n };
  visit(walk, parsed.tree, 0, null);
  assertDepth(parsed, parsed.tree);
}

function visit(walk: Walk, node: CstNode, brackets: number, perElement: CstNode | null): void {
  const { parsed } = walk;
  const rule = ruleOf(parsed, node);
  const depth = BRACKETS.has(rule) ? brackets + 1 : brackets;
  if (depth > QUERY_LIMITS.maxBracketDepth) {
    throw new CypherQueryError(
      `The expression at ${positionOf(node)} is nested ${depth} brackets deep; at most ${QUERY_LIMITS.maxBracketDepth} levels of ` +
        'parentheses, lists, maps and calls are allowed. Split it over WITH clauses.',
      'CYPHER_TOO_LARGE',
    );
  }
  if (rule === 'functionInvocation') checkCall(walk, node, perElement);
  if (rule === 'listLiteral') checkListLiteral(parsed, node);
  if (perElement && (rule === 'listLiteral' || rule === 'map')) checkPerElementCollection(parsed, node, perElement);
  if (perElement && PER_ELEMENT.has(rule)) {
    throw new CypherQueryError(
      `A list comprehension or list predicate at ${positionOf(node)} runs inside another one's projection or WHERE, once for ` +
        `each element of the list at ${positionOf(perElement)}: UNWIND the outer list instead.`,
      'CYPHER_TOO_LARGE',
    );
  }
  if (PER_ELEMENT.has(rule)) {
    const body = perElementParts(rule, childrenNamed(parsed, node, 'expression'));
    for (const child of childrenOf(node)) visit(walk, child, depth, body.includes(child) ? node : perElement);
    return;
  }
  for (const child of childrenOf(node)) visit(walk, child, depth, perElement);
}

/** The parts that run once an element: all but the list gone through (and reduce's start value). */
function perElementParts(rule: string, expressions: CstNode[]): CstNode[] {
  if (rule === 'patternComprehension') return expressions;
  return expressions.slice(rule === 'reduceExpression' ? 2 : 1);
}

function checkCall(walk: Walk, call: CstNode, perElement: CstNode | null): void {
  checkFunctionName(walk.parsed, call);
  if (functionNameOf(walk.parsed, call).toLowerCase() !== 'range') return;
  if (perElement) {
    throw new CypherQueryError(
      `range() at ${positionOf(call)} runs once for each element of the list at ${positionOf(perElement)}: ` +
        'UNWIND the outer list and call range() once, outside the comprehension.',
      'CYPHER_TOO_LARGE',
    );
  }
  walk.rangeTotal += toRangeSize(walk.parsed, call, walk.params) ?? 0n;
  if (walk.rangeTotal > BigInt(QUERY_LIMITS.maxRangeTotal)) {
    throw new CypherQueryError(
      `The range() calls up to ${positionOf(call)} make ${formatCount(walk.rangeTotal)} numbers together; a query's ranges may make at most ` +
        `${formatCount(QUERY_LIMITS.maxRangeTotal)}.`,
      'CYPHER_TOO_LARGE',
    );
  }
}

function checkListLiteral(parsed: ParsedCypher, list: CstNode): void {
  const size = childrenNamed(parsed, list, 'expression').length;
  if (size <= QUERY_LIMITS.maxListLiteral) return;
  throw new CypherQueryError(
    `The list at ${positionOf(list)} has ${formatCount(size)} elements; a list written in the query may have at most ` +
      `${formatCount(QUERY_LIMITS.maxListLiteral)}. Pass a longer one as a parameter ($ids) instead.`,
    'CYPHER_TOO_LARGE',
  );
}

/**
 * A list or map built once an element multiplies the list gone through, in one step past the time
 * limit and outside the buffer pool (a 10-element list for each of 10 million collected numbers: 2.2 GB
 * with a 256 MB pool, 18 s past a 5 s limit).
 */
function checkPerElementCollection(parsed: ParsedCypher, collection: CstNode, perElement: CstNode): void {
  const size = childrenNamed(parsed, collection, 'expression').length;
  if (size <= QUERY_LIMITS.maxPerElementCollection) return;
  throw new CypherQueryError(
    `The ${ruleOf(parsed, collection) === 'map' ? 'map' : 'list'} at ${positionOf(collection)} has ${size} elements and is built once for each ` +
      `element of the list at ${positionOf(perElement)}; at most ${QUERY_LIMITS.maxPerElementCollection} are allowed there.`,
    'CYPHER_TOO_LARGE',
  );
}

/** Operators and brackets on the deepest path through the statement, as the engine would nest them. */
function depthOf(parsed: ParsedCypher, node: CstNode): number {
  const children = childrenOf(node);
  if (children.length === 0) return 0;
  const rule = ruleOf(parsed, node);
  const inner = Math.max(...children.map((child) => depthOf(parsed, child)));
  if (BRACKETS.has(rule)) return inner + 1;
  if (!CHAINS.has(rule)) return inner;
  // operators are the terminals between operands; postfixes ([i], .key) and IN/IS tests are children of their own
  const operators = children.filter((child) => child.symbol || ruleOf(parsed, child) === 'postFix' || ruleOf(parsed, child) === 'comparisonExpression6').length;
  return inner + operators;
}

function assertDepth(parsed: ParsedCypher, tree: CstNode): void {
  const depth = depthOf(parsed, tree);
  if (depth <= QUERY_LIMITS.maxExpressionDepth) return;
  throw new CypherQueryError(
    `The query's expressions are ${depth} operators and brackets deep; at most ${QUERY_LIMITS.maxExpressionDepth} are allowed ` +
      '(a + b + … counts one level an operator). Split long expressions over WITH clauses, or pass long lists as parameters.',
    'CYPHER_TOO_LARGE',
  );
}

