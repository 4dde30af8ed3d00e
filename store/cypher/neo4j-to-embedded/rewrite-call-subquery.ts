import type { Rewrite, RewriteContext } from './rewrite-context.ts';
import { distinctScopeBefore } from './rewrite-collect-subqueries.ts';
import { childNamed, childrenNamed, childrenOf, descendantsNamed, refuse, ruleOf, spanOf, textOf, type CstNode } from './syntax-tree.ts';

const ADVICE = 'Only a CALL that matches one pattern and returns counts is answered, e.g. CALL (p) { MATCH (p)-[:SAID]->(q) RETURN count(q) AS n }; else use OPTIONAL MATCH and an aggregation in a WITH.';

/** The clauses of the subquery's one single query, or undefined for a UNION or an empty body. */
function bodyClauses(body: CstNode, ctx: RewriteContext): CstNode[] | undefined {
  const union = descendantsNamed(ctx.parsed, body, 'union')[0];
  const queries = union ? childrenNamed(ctx.parsed, union, 'singleQuery') : [];
  return queries.length === 1 ? childrenNamed(ctx.parsed, queries[0]!, 'clause') : undefined;
}

/** The variables a leading `WITH a, b` imports: plain names only, nothing else in that WITH. */
function importedByWith(clause: CstNode, ctx: RewriteContext): string[] | undefined {
  const { parsed } = ctx;
  const withClause = childNamed(parsed, clause, 'withClause');
  const body = withClause && childNamed(parsed, withClause, 'returnBody');
  const items = body && childNamed(parsed, body, 'returnItems');
  if (!withClause || !body || !items || childrenOf(body).length !== 1 || childNamed(parsed, withClause, 'whereClause')) return undefined;
  const names = childrenNamed(parsed, items, 'returnItem').map((item) => textOf(parsed, item).trim());
  return names.every((name) => /^[A-Za-z_]\w*$/.test(name)) ? names : undefined;
}

/** `count(*)` or `count(v)` of a variable the subquery's MATCH binds (never null there), with its alias. */
function countItem(item: CstNode, bound: Set<string>, ctx: RewriteContext): string | undefined {
  const { parsed } = ctx;
  const alias = childNamed(parsed, item, 'variable');
  const expression = childNamed(parsed, item, 'expression');
  const text = expression ? textOf(parsed, expression).replace(/\s+/g, '') : '';
  const counted = /^count\((\*|[A-Za-z_]\w*)\)$/i.exec(text)?.[1];
  if (!alias || !counted || (counted !== '*' && !bound.has(counted))) return undefined;
  return textOf(parsed, alias);
}

/** The pattern variables of a MATCH clause, outside any subquery of its WHERE. */
function patternVariables(match: CstNode, ctx: RewriteContext): string[] {
  const patterns = childNamed(ctx.parsed, match, 'patternList');
  if (!patterns) return [];
  return ['pattern', 'nodePattern', 'relationshipPattern'].flatMap((rule) =>
    descendantsNamed(ctx.parsed, patterns, rule).flatMap((node) => childrenNamed(ctx.parsed, node, 'variable').map((variable) => textOf(ctx.parsed, variable))));
}

/** True when a variable of that name appears in the query outside the node: the subquery would then read it unless imported. */
function isNamedOutside(name: string, node: CstNode, ctx: RewriteContext): boolean {
  const span = spanOf(node)!;
  return descendantsNamed(ctx.parsed, ctx.parsed.tree, 'variable').some((variable) => {
    const at = spanOf(variable);
    return at !== null && (at.start < span.start || at.end > span.end) && textOf(ctx.parsed, variable) === name;
  });
}

/**
 * A body that returns rows, none aggregated: `CALL (p) { MATCH (p)-->(q) RETURN q.name AS name }` →
 * `MATCH (p)-->(q) WITH *, q.name AS name`, one row out for each match, none for no match (a row
 * of nulls for OPTIONAL CALL, as OPTIONAL MATCH gives). The inner variables stay in scope there,
 * which only `*` could show, so `*` is refused beside it.
 */
function renderRows(node: CstNode, matchClause: CstNode, returned: CstNode[], ctx: RewriteContext): string {
  const { parsed } = ctx;
  if (descendantsNamed(parsed, node, 'functionInvocation').some((call) => AGGREGATES.test(textOf(parsed, call))) || descendantsNamed(parsed, node, 'countStar').length > 0) {
    return renderGrouped(node, matchClause, returned, ctx);
  }
  if (descendantsNamed(parsed, parsed.tree, 'returnItems').some((items) => childNamed(parsed, items, '#*'))) {
    refuse(node, 'A CALL { … } that returns rows, with RETURN * or WITH *', 'List the columns to return.');
  }
  const projections = returned.flatMap((item) => {
    const alias = childNamed(parsed, item, 'variable');
    const expression = childNamed(parsed, item, 'expression')!;
    if (!alias) return textOf(parsed, expression).trim() === textOf(parsed, item).trim() && /^[A-Za-z_]\w*$/.test(textOf(parsed, item).trim()) ? [] : [refuse(item, 'A CALL { … } column without AS', 'Name it, as RETURN q.text AS text.')];
    return [`${ctx.render(expression)} AS ${ctx.render(alias)}`];
  });
  const optional = childNamed(parsed, node, '#OPTIONAL') ? 'OPTIONAL ' : '';
  const match = ctx.render(matchClause);
  return `${optional}${match}${projections.length > 0 ? ` WITH *, ${projections.join(', ')}` : ''}`;
}

/**
 * A body that groups, `CALL (p) { MATCH (p)-->(q) RETURN q.kind AS kind, count(q) AS n }` →
 * `MATCH (p)-->(q) WITH p, q.kind AS kind, count(q) AS n`: grouping by the outer variables too keeps
 * each outer row apart, when the MATCH clauses before name every element (see distinctScopeBefore).
 * Plain aggregates go before DISTINCT ones, which the engine would otherwise answer as 0. Not after
 * OPTIONAL: Neo4j then keeps a row of nulls where this would count 0.
 */
function renderGrouped(node: CstNode, matchClause: CstNode, returned: CstNode[], ctx: RewriteContext): string {
  const { parsed } = ctx;
  // opening the query, there are no outer rows to keep apart
  const outer = isFirstClause(node, ctx) ? [] : node.parent ? distinctScopeBefore(node.parent, ctx) : undefined;
  if (!outer || childNamed(parsed, node, '#OPTIONAL')) refuse(node, 'A CALL { … } that returns aggregates beside other values here', ADVICE);
  const items = returned.map((item) => {
    const alias = childNamed(parsed, item, 'variable');
    if (!alias) return refuse(item, 'A CALL { … } column without AS', 'Name it, as RETURN q.kind AS kind.');
    const expression = childNamed(parsed, item, 'expression')!;
    const distinct = descendantsNamed(parsed, expression, 'functionInvocation').some((call) => Boolean(childNamed(parsed, call, '#DISTINCT')));
    return { text: `${ctx.render(expression)} AS ${ctx.render(alias)}`, distinct };
  });
  const ordered = [...items.filter((each) => !each.distinct), ...items.filter((each) => each.distinct)];
  return `${ctx.render(matchClause)} WITH ${[...outer, ...ordered.map((each) => each.text)].join(', ')}`;
}

const AGGREGATES = /^\s*(count|collect|sum|avg|min|max|stdev|stdevp|percentilecont|percentiledisc)\s*\(/i;

/**
 * `CALL (p) { MATCH (p)-[:SAID]->(q) RETURN count(q) AS n }` (or with `WITH p` first) →
 * `WITH *, COUNT { MATCH (p)-[:SAID]->(q) } AS n`: one row out for each row in, as Neo4j's CALL
 * gives with an aggregate. The engine has no CALL { }, so other bodies are refused; so is a body
 * that names an outer variable without importing it (Neo4j would match it afresh; COUNT would not).
 */
export const rewriteCallSubquery: Rewrite = (node, ctx) => {
  const { parsed } = ctx;
  const body = childNamed(parsed, node, 'queryWithLocalDefinitions');
  const clauses = body ? bodyClauses(body, ctx) : undefined;
  const scope = childNamed(parsed, node, 'subqueryScope');
  if (!body || !clauses || childNamed(parsed, node, 'subqueryInTransactionsParameters')) return refuse(node, 'This CALL { … } subquery', ADVICE);
  const leadingWith = !scope && clauses[0] && childNamed(parsed, clauses[0], 'withClause') ? importedByWith(clauses[0], ctx) : undefined;
  const imported = scope ? childrenNamed(parsed, scope, 'variable').map((variable) => textOf(parsed, variable)) : (leadingWith ?? []);
  const [match, ret, ...rest] = clauses.slice(leadingWith ? 1 : 0);
  const matchClause = match && childNamed(parsed, match, 'matchClause');
  const returnClause = ret && childNamed(parsed, ret, 'returnClause');
  const returnBody = returnClause && childNamed(parsed, returnClause, 'returnBody');
  const items = returnBody && childNamed(parsed, returnBody, 'returnItems');
  if (scope && childNamed(parsed, scope, '#*')) return refuse(node, 'CALL (*) { … }', 'Name the variables it imports, as CALL (p) { … }.');
  if (!matchClause || childNamed(parsed, matchClause, '#OPTIONAL') || !items || childrenOf(returnBody).length !== 1 || rest.length > 0) {
    return refuse(node, 'This CALL { … } subquery', ADVICE);
  }
  const bound = new Set(patternVariables(matchClause, ctx));
  const returned = childrenNamed(parsed, items, 'returnItem');
  const aliases = returned.map((item) => countItem(item, bound, ctx));
  if (returned.length === 0 || childNamed(parsed, items, '#*')) return refuse(node, 'A CALL { … } that returns *', ADVICE);
  const named = descendantsNamed(parsed, matchClause, 'variable').map((variable) => textOf(parsed, variable));
  // a variable the body returns is read after it, under the same name
  const returnedNames = returned.map((item) => textOf(parsed, childNamed(parsed, item, 'variable') ?? item).trim());
  const leaked = named.find((name) => !imported.includes(name) && !returnedNames.includes(name) && isNamedOutside(name, node, ctx));
  if (leaked) refuse(node, `A CALL { … } that matches ${leaked} without importing it`, `Import it, as CALL (${leaked}) { … }, or give the inner variable another name.`);
  if (aliases.some((alias) => alias === undefined)) return renderRows(node, matchClause, returned, ctx);
  const count = `COUNT { ${ctx.render(matchClause)} }`;
  // opening the query there is no row yet to carry: `WITH *` would have nothing to name
  return `WITH ${isFirstClause(node, ctx) ? '' : '*, '}${aliases.map((alias) => `${count} AS ${alias}`).join(', ')}`;
};

function isFirstClause(node: CstNode, ctx: RewriteContext): boolean {
  const clause = node.parent;
  const query = clause?.parent;
  return Boolean(clause && query && ruleOf(ctx.parsed, query) === 'singleQuery' && childrenNamed(ctx.parsed, query, 'clause')[0] === clause);
}
