import { CypherQueryError } from '../../../model/errors.ts';
import { parseCypher } from './parse-cypher.ts';
import { renderDefault, type Rewrite, type RewriteContext } from './rewrite-context.ts';
import { rewriteListComprehension, rewriteMapProjection, rewritePostfixes, rewritePropertyKeyName } from './rewrite-expressions.ts';
import { rewriteFunction } from './rewrite-functions.ts';
import { rewriteLabelComparison, rewriteLabelExpression } from './rewrite-labels.ts';
import { rewriteParameter } from './rewrite-parameters.ts';
import { rewriteReduce } from './rewrite-reduce.ts';
import { rewriteCallSubquery } from './rewrite-call-subquery.ts';
import { rewriteClause, rewriteCollectExpression, rewritePatternComprehension } from './rewrite-collect-subqueries.ts';
import { rewriteSkip, rewriteStringLiteral, rewriteVariable } from './rewrite-names.ts';
import { rewriteMatchClause, rewritePatternExpression, rewriteSubqueryExpression } from './rewrite-match.ts';
import { rewriteRelationshipPattern, rewriteShortestPath } from './rewrite-relationships.ts';
import { rewriteReturnBody, rewriteReturnItem, rewriteReturnItems } from './rewrite-projections.ts';
import { rewriteCallClause, rewriteShowCommand } from './rewrite-schema-calls.ts';
import { toModelSchemaFacts, type SchemaFacts } from './schema-facts.ts';
import { childNamed, descendantsNamed, refuse, ruleOf, spanOf, type CstNode, type ParsedCypher } from './syntax-tree.ts';
import { rewriteComparison, rewriteNodePattern, rewriteTrim, UNSUPPORTED_REWRITES } from './unsupported-forms.ts';
import { findAlwaysBound, findVariableKinds } from './variable-kinds.ts';

/** The rewrite of each parse-tree rule that reads differently on the embedded store. */
const REWRITES: Record<string, Rewrite> = {
  ...UNSUPPORTED_REWRITES,
  functionInvocation: rewriteFunction,
  labelExpression: rewriteLabelExpression,
  expression7: rewriteLabelComparison,
  comparisonExpression6: rewriteComparison,
  nodePattern: rewriteNodePattern,
  relationshipPattern: rewriteRelationshipPattern,
  shortestPathPattern: rewriteShortestPath,
  matchClause: rewriteMatchClause,
  existsExpression: rewriteSubqueryExpression,
  countExpression: rewriteSubqueryExpression,
  patternExpression: rewritePatternExpression,
  expression2: rewritePostfixes,
  listComprehension: rewriteListComprehension,
  reduceExpression: rewriteReduce,
  subqueryClause: rewriteCallSubquery,
  patternComprehension: rewritePatternComprehension,
  collectExpression: rewriteCollectExpression,
  clause: rewriteClause,
  mapProjection: rewriteMapProjection,
  propertyKeyName: rewritePropertyKeyName,
  trimFunction: rewriteTrim,
  parameter: rewriteParameter,
  variable: rewriteVariable,
  stringLiteral: rewriteStringLiteral,
  skip: rewriteSkip,
  returnItem: rewriteReturnItem,
  returnItems: rewriteReturnItems,
  returnBody: rewriteReturnBody,
  callClause: rewriteCallClause,
  composableCommandClauses: rewriteShowCommand,
};

/** A query for the embedded store, its parameters, and the columns whose values the adapter reduces to their properties. */
export interface EmbeddedQuery {
  query: string;
  params: Record<string, unknown>;
  propertiesColumns: string[];
  /** Neo4j's order of the columns, when the query returns them in another; empty when it does not. */
  columnOrder: string[];
  /** Columns holding toString() of a value the adapter writes as Neo4j does, by the column's type. */
  textColumns: string[];
  /** Columns holding `n {.*, k: v}`, finished by toMapStarValue. */
  mapStarColumns: string[];
}

/** Rewrites one parsed statement of Neo4j's Cypher into Kuzu's; throws CYPHER_UNSUPPORTED for forms it cannot. */
export function toEmbeddedQuery(parsed: ParsedCypher, params: Record<string, unknown> = {}, schemaFacts: SchemaFacts = toModelSchemaFacts()): EmbeddedQuery {
  let fresh = 0;
  const ctx: RewriteContext = {
    parsed,
    render: (node: CstNode) => REWRITES[ruleOf(parsed, node)]?.(node, ctx) ?? renderDefault(node, ctx),
    variableKinds: findVariableKinds(parsed),
    alwaysBound: findAlwaysBound(parsed),
    relationshipNames: new Map(),
    lengthModes: new Map(),
    propertiesColumns: [],
    columnOrder: [],
    textColumns: [],
    mapStarColumns: [],
    expandedStars: new Set(),
    preludes: new Map(),
    params,
    embeddedParams: {},
    parameterUses: new Map(),
    schemaFacts,
    freshName: () => `anon_rel_${++fresh}`,
  };
  const span = spanOf(parsed.tree);
  const body = ctx.render(parsed.tree);
  const query = span ? parsed.query.slice(0, span.start) + body + parsed.query.slice(span.end) : body;
  if (ctx.relationshipNames.size > 0) assertNoStar(parsed, ctx.expandedStars);
  return { query, params: ctx.embeddedParams, propertiesColumns: ctx.propertiesColumns, columnOrder: ctx.columnOrder, textColumns: ctx.textColumns, mapStarColumns: ctx.mapStarColumns };
}

/** `RETURN *` would show the names given to anonymous relationships, columns Neo4j does not have. */
function assertNoStar(parsed: ParsedCypher, expanded: ReadonlySet<CstNode>): void {
  const star = descendantsNamed(parsed, parsed.tree, 'returnItems').find((items) => childNamed(parsed, items, '#*') && !expanded.has(items));
  if (star) {
    refuse(star, 'RETURN * (or WITH *) after a MATCH whose relationships are not named',
      'Name the relationships, as (a)-[r1]->(b)-[r2]->(c), or list the columns to return.');
  }
}

/**
 * Neo4j's Cypher as the embedded store (Kuzu 0.11) needs it to give the same answer.
 * @example toEmbeddedCypher('MATCH (n:Person|Agency) RETURN labels(n) AS l') // 'MATCH (n:Person:Agency) RETURN [label(n)] AS l'
 */
export function toEmbeddedCypher(query: string): string {
  const outcome = parseCypher(query);
  if (!outcome.ok) {
    const { line, column, message } = outcome.error;
    throw new CypherQueryError(`Invalid Cypher at line ${line}, column ${column}: ${message}`);
  }
  const [statement] = outcome.statements;
  return statement ? toEmbeddedQuery(statement).query : query;
}
