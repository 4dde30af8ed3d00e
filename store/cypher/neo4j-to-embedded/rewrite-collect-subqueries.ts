import { renderDefault, type Rewrite, type RewriteContext } from './rewrite-context.ts';
import { renderPatternsAndWhere } from './rewrite-match.ts';
import { childNamed, childrenNamed, childrenOf, descendantsNamed, refuse, ruleOf, textOf, type CstNode } from './syntax-tree.ts';

const ADVICE = 'Use it in a RETURN or WITH that follows only MATCH clauses whose nodes and relationships are all named, e.g. MATCH (p:Person) RETURN p.name, [(p)-[:SAID]->(q) | q.text]; or write OPTIONAL MATCH and collect() in a WITH.';

/** The RETURN or WITH clause holding the node, or undefined when it sits elsewhere (a MATCH's WHERE …). */
function projectionClauseOf(node: CstNode, ctx: RewriteContext): CstNode | undefined {
  let at: CstNode | null | undefined = node.parent;
  while (at && !['returnClause', 'withClause', 'matchClause', 'unwindClause', 'subqueryClause', 'collectExpression', 'countExpression', 'existsExpression', 'patternComprehension', 'listComprehension', 'reduceExpression'].includes(ruleOf(ctx.parsed, at))) at = at.parent;
  return at && ['returnClause', 'withClause'].includes(ruleOf(ctx.parsed, at)) ? (at.parent ?? undefined) : undefined;
}

/**
 * The variables of the MATCH clauses before `clause`, when they are its only clauses (none OPTIONAL) and name every
 * node and relationship: each row is then the only one with its bindings, so grouping by them gives
 * one row back per row. Undefined otherwise.
 */
export function distinctScopeBefore(clause: CstNode, ctx: RewriteContext): string[] | undefined {
  const { parsed } = ctx;
  const query = clause.parent;
  if (!query || ruleOf(parsed, query) !== 'singleQuery') return undefined;
  const clauses = childrenNamed(parsed, query, 'clause');
  const names: string[] = [];
  for (const each of clauses.slice(0, clauses.indexOf(clause))) {
    const match = childNamed(parsed, each, 'matchClause');
    const patterns = match && childNamed(parsed, match, 'patternList');
    // an OPTIONAL MATCH could leave a variable null, where Neo4j's answer is not one we checked
    if (!patterns || childNamed(parsed, match!, '#OPTIONAL')) return undefined;
    if (childrenNamed(parsed, patterns, 'pattern').some((pattern) => childNamed(parsed, pattern, 'variable'))) return undefined;
    for (const element of [...descendantsNamed(parsed, patterns, 'nodePattern'), ...descendantsNamed(parsed, patterns, 'relationshipPattern')]) {
      const variable = childNamed(parsed, element, 'variable');
      if (!variable) return undefined;
      names.push(ctx.render(variable));
    }
  }
  return names.length > 0 ? [...new Set(names)] : undefined;
}

/** The first variable the inner pattern binds that the outer rows do not: null there when nothing matched. */
function markerOf(patterns: CstNode, outer: string[], ctx: RewriteContext): string | undefined {
  return [...descendantsNamed(ctx.parsed, patterns, 'nodePattern'), ...descendantsNamed(ctx.parsed, patterns, 'relationshipPattern')]
    .map((element) => childNamed(ctx.parsed, element, 'variable'))
    .filter((variable) => variable !== undefined)
    .map((variable) => ctx.render(variable!))
    .find((name) => !outer.includes(name));
}

/**
 * Adds, before the RETURN or WITH holding `node`, `OPTIONAL MATCH … WITH <outer>, <earlier lists>,
 * <the list> AS __collect_n`, and answers `__collect_n` in its place. collect() drops nulls, and
 * Neo4j keeps them in these lists, so each value is collected wrapped, `[v]`, and unwrapped after;
 * rows where nothing matched wrap nothing.
 */
function collectBefore(node: CstNode, match: string, patterns: CstNode, value: string, form: string, ctx: RewriteContext): string {
  const clause = projectionClauseOf(node, ctx);
  const outer = clause && distinctScopeBefore(clause, ctx);
  if (!clause || !outer) return refuse(node, `${form} here`, ADVICE);
  // a nested one would run before the pattern that binds what it reads
  const nested = [...descendantsNamed(ctx.parsed, node, 'patternComprehension'), ...descendantsNamed(ctx.parsed, node, 'collectExpression')].some((inner) => inner !== node);
  if (nested) return refuse(node, `${form} holding another`, 'Collect the inner values in a WITH of their own first.');
  const marker = markerOf(patterns, outer, ctx);
  if (!marker) return refuse(node, `${form} whose pattern names no new variable`, 'Name a node it matches, e.g. (p)-[:SAID]->(q).');
  const preludes = ctx.preludes.get(clause) ?? [];
  const name = `__collect_${preludes.length + 1}`;
  const earlier = preludes.map((_, i) => `__collect_${i + 1}`);
  const list = `list_transform(coalesce(collect(CASE WHEN ${marker} IS NULL THEN NULL ELSE [${value}] END), []), __v -> __v[1])`;
  ctx.preludes.set(clause, [...preludes, `OPTIONAL ${match} WITH ${[...outer, ...earlier].join(', ')}, ${list} AS ${name}`]);
  return name;
}

/** `[(p)-[:SAID]->(q) WHERE … | q.text]`, answered through collectBefore. */
export const rewritePatternComprehension: Rewrite = (node, ctx) => {
  const { parsed } = ctx;
  const form = 'A pattern comprehension';
  if (childNamed(parsed, node, 'variable')) refuse(node, `${form} that names its path`, 'Leave the path unnamed; use nodes and relationships of the pattern.');
  const pattern = childNamed(parsed, node, 'pathPatternNonEmpty')!;
  const expressions = childrenNamed(parsed, node, 'expression');
  const where = childNamed(parsed, node, '#WHERE') ? expressions[0] : undefined;
  const value = expressions[expressions.length - 1]!;
  const match = `MATCH ${renderPatternsAndWhere(pattern, where, ctx)}`;
  return collectBefore(node, match, pattern, ctx.render(value), form, ctx);
};

/** `COLLECT { MATCH … [WHERE …] RETURN v }`, answered through collectBefore. */
export const rewriteCollectExpression: Rewrite = (node, ctx) => {
  const { parsed } = ctx;
  const form = 'COLLECT { … }';
  const union = descendantsNamed(parsed, node, 'union')[0];
  const queries = union ? childrenNamed(parsed, union, 'singleQuery') : [];
  const clauses = queries.length === 1 ? childrenNamed(parsed, queries[0]!, 'clause') : [];
  const [matchClause, returnClause] = clauses.map((clause) => childrenOf(clause)[0]);
  const body = returnClause && ruleOf(parsed, returnClause) === 'returnClause' ? childNamed(parsed, returnClause, 'returnBody') : undefined;
  const items = body && childNamed(parsed, body, 'returnItems');
  const [item, other] = items ? childrenNamed(parsed, items, 'returnItem') : [];
  const patterns = matchClause && ruleOf(parsed, matchClause) === 'matchClause' ? childNamed(parsed, matchClause, 'patternList') : undefined;
  if (clauses.length !== 2 || !patterns || childNamed(parsed, matchClause!, '#OPTIONAL') || !item || other || childrenOf(body!).length !== 1) {
    return refuse(node, `This ${form}`, 'Write one MATCH and a RETURN of one value without DISTINCT, ORDER BY, SKIP or LIMIT inside it.');
  }
  const value = childNamed(parsed, item, 'expression')!;
  return collectBefore(node, ctx.render(matchClause!), patterns, ctx.render(value), form, ctx);
};

/** A clause with the OPTIONAL MATCH … WITH preludes its collect subqueries need, in front. */
export const rewriteClause: Rewrite = (node, ctx) => {
  const body = renderDefault(node, ctx);
  const preludes = ctx.preludes.get(node);
  return preludes ? `${preludes.join(' ')} ${body}` : body;
};
