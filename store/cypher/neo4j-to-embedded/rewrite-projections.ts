import { renderDefault, type Rewrite } from './rewrite-context.ts';
import { childNamed, ruleOf, textOf } from './syntax-tree.ts';

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
