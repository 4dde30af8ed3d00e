import { toKuzuName } from './kuzu-keywords.ts';
import { renderDefault, type Rewrite, type RewriteContext } from './rewrite-context.ts';
import { starVariablesOf } from './return-star.ts';
import { childNamed, childrenNamed, descendantsNamed, refuse, ruleOf, textOf, type CstNode, type ParsedCypher } from './syntax-tree.ts';

/**
 * A RETURN item without AS is named by its text in Neo4j (`count(*)`, `n.name`); Kuzu names it
 * its own way (`COUNT_STAR()`), so the rewritten item gets the original text as its alias.
 */
export const rewriteReturnItem: Rewrite = (node, ctx) => {
  const inReturn = node.parent?.parent?.parent && ruleOf(ctx.parsed, node.parent.parent.parent) === 'returnClause';
  const expression = childNamed(ctx.parsed, node, 'expression');
  if (!inReturn || !expression || childNamed(ctx.parsed, node, 'variable')) return undefined;
  const name = textOf(ctx.parsed, expression);
  // Kuzu keeps doubled back-quotes as they are, so such a name could not be written back.
  if (name.includes('`')) return undefined;
  const rendered = ctx.render(expression);
  // Kuzu already names a variable or a property read as Neo4j does.
  if (rendered === name && /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)?$/.test(name)) return rendered;
  return `${rendered} AS \`${name}\``;
};

/** Kuzu wants SKIP or LIMIT after a WITH's ORDER BY; `SKIP 0` keeps the order and every row. */
export const rewriteReturnBody: Rewrite = (node, ctx) => {
  const { parsed } = ctx;
  const inWith = node.parent && ruleOf(parsed, node.parent) === 'withClause';
  if (!inWith || !childNamed(parsed, node, 'orderBy') || childNamed(parsed, node, 'skip') || childNamed(parsed, node, 'limit')) {
    return undefined;
  }
  return `${renderDefault(node, ctx)} SKIP 0`;
};

/** Neo4j's aggregating functions, as the embedded store groups by them. */
const AGGREGATES = new Set(['count', 'collect', 'sum', 'avg', 'min', 'max', 'stdev', 'stdevp', 'percentilecont', 'percentiledisc']);

/** How a projection item aggregates: not at all (a grouping key), or with or without DISTINCT. */
type Aggregation = 'none' | 'plain' | 'distinct';

function aggregationOf(item: CstNode, parsed: ParsedCypher): Aggregation {
  let found: Aggregation = 'none';
  for (const call of descendantsNamed(parsed, item, 'functionInvocation')) {
    const name = childNamed(parsed, call, 'functionName');
    if (!name || !AGGREGATES.has(textOf(parsed, name).replace(/\s+/g, '').toLowerCase())) continue;
    if (childNamed(parsed, call, '#DISTINCT')) found = 'distinct';
    else if (found === 'none') found = 'plain';
  }
  if (found === 'none' && descendantsNamed(parsed, item, 'countStar').length > 0) found = 'plain';
  return found;
}

/** The column a projection item makes: its alias, or its text as Neo4j names it. */
function columnNameOf(item: CstNode, parsed: ParsedCypher): string {
  const alias = childNamed(parsed, item, 'variable');
  return alias ? textOf(parsed, alias).replace(/^`|`$/g, '').replace(/``/g, '`') : textOf(parsed, item);
}

/**
 * With a grouping key, the embedded store (Kuzu 0.11) answers every aggregate without DISTINCT that
 * comes after one with DISTINCT as 0 or null (`RETURN s.name, collect(DISTINCT q.document), count(q)`
 * gave 0 for every speaker), while the other order is right. So the items are reordered, keys and
 * plain aggregates first, and the adapter puts the columns back in the order written. Inside a UNION
 * the parts are joined by position, so there the order written is refused.
 */
export const rewriteReturnItems: Rewrite = (node, ctx) => {
  const { parsed } = ctx;
  const star = Boolean(childNamed(parsed, node, '#*'));
  const items = childrenNamed(parsed, node, 'returnItem');
  const kinds = items.map((item) => aggregationOf(item, parsed));
  const firstDistinct = kinds.indexOf('distinct');
  const plainAfter = firstDistinct < 0 ? -1 : kinds.findIndex((kind, index) => index > firstDistinct && kind === 'plain');
  // `*` stands for grouping keys too
  const grouped = star || kinds.includes('none');
  if (star && grouped && plainAfter >= 0) {
    refuse(items[plainAfter]!, 'An aggregate without DISTINCT after one with DISTINCT, beside *,',
      'The embedded store would answer it wrongly: write the aggregates without DISTINCT first, e.g. RETURN *, count(q) AS n, collect(DISTINCT q.document) AS docs.');
  }
  if (star) return rewriteStar(node, ctx);
  if (!grouped || plainAfter < 0) return undefined;
  const clause = node.parent?.parent;
  const inReturn = clause !== undefined && clause !== null && ruleOf(parsed, clause) === 'returnClause';
  if (inReturn && descendantsNamed(parsed, parsed.tree, '#UNION').length > 0) {
    refuse(items[plainAfter]!, 'An aggregate without DISTINCT after one with DISTINCT, beside a grouping key, in a UNION,',
      'The embedded store would answer it wrongly: write the aggregates without DISTINCT first, e.g. RETURN s.name, count(q) AS n, collect(DISTINCT q.document) AS docs.');
  }
  const order = items.map((item, index) => ({ item, index, distinct: kinds[index] === 'distinct' }));
  const reordered = [...order.filter((each) => !each.distinct), ...order.filter((each) => each.distinct)];
  if (inReturn) ctx.columnOrder.splice(0, ctx.columnOrder.length, ...items.map((item) => columnNameOf(item, parsed)));
  return reordered.map(({ item }) => ctx.render(item)).join(', ');
};

/** `RETURN *` with the variables spelled out where the scope is plain (see starVariablesOf); else as written. */
function rewriteStar(node: CstNode, ctx: RewriteContext): string | undefined {
  const names = starVariablesOf(node, ctx);
  if (!names) return undefined;
  const rest = childrenNamed(ctx.parsed, node, 'returnItem').map((item) => ctx.render(item));
  ctx.expandedStars.add(node);
  return [...names.map(toKuzuName), ...rest].join(', ');
}
