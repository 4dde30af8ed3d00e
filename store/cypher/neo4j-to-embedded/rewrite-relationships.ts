import type { RewriteContext } from './rewrite-context.ts';
import { RELATIONSHIP_TYPES } from './label-sets.ts';
import { labelNamesOf } from './rewrite-labels.ts';
import { childNamed, refuse, textOf, type CstNode } from './syntax-tree.ts';

/** The types a relationship pattern allows, or null for any type. */
export function relationshipTypesOf(pattern: CstNode, ctx: RewriteContext): string[] | null {
  const labels = childNamed(ctx.parsed, pattern, 'labelExpression');
  const expression4 = labels && childNamed(ctx.parsed, labels, 'labelExpression4');
  return expression4 ? labelNamesOf(expression4, ctx, RELATIONSHIP_TYPES) : null;
}

/** Kuzu's `* TRAIL 1..3` for Neo4j's `*..3`: a bare `*` repeats Kuzu's walk, which may reuse relationships. */
function renderLength(length: CstNode, pattern: CstNode, ctx: RewriteContext): string {
  const bounds = textOf(ctx.parsed, length).slice(1).replace(/\s+/g, '');
  const [lower = '', upper = lower] = bounds.includes('..') ? bounds.split('..') : [bounds, bounds];
  const mode = ctx.lengthModes.get(pattern) ?? 'TRAIL';
  if (mode !== 'TRAIL' && lower !== '' && lower !== '1') {
    refuse(length, `A shortest path with at least ${lower} hops`, 'Write the length as [*..k] (from one hop).');
  }
  return `* ${mode} ${lower || '1'}..${upper}`;
}

/** `-[r:A|:B*..3 {p: 1}]->` in Kuzu's words: types with `|`, keywords back-quoted, lengths as TRAIL. */
export const rewriteRelationshipPattern = (node: CstNode, ctx: RewriteContext): string => {
  const { parsed } = ctx;
  if (childNamed(parsed, node, '#WHERE')) {
    refuse(node, 'A WHERE inside a relationship pattern', 'Move the condition to the WHERE after the pattern.');
  }
  const left = childNamed(parsed, node, 'leftArrow') ? '<-' : '-';
  const right = childNamed(parsed, node, 'rightArrow') ? '->' : '-';
  const variable = childNamed(parsed, node, 'variable');
  const name = variable ? ctx.render(variable) : (ctx.relationshipNames.get(node) ?? '');
  const labels = childNamed(parsed, node, 'labelExpression');
  const length = childNamed(parsed, node, 'pathLength');
  const properties = childNamed(parsed, node, 'properties');
  if (!childNamed(parsed, node, '#[') && !name) return `${left}${right}`;
  const types = labels ? ctx.render(labels) : '';
  const hops = length ? renderLength(length, node, ctx) : '';
  return `${left}[${name}${types}${hops}${properties ? ` ${ctx.render(properties)}` : ''}]${right}`;
};

/** `shortestPath((a)-[*..5]-(b))` → `(a)-[* SHORTEST 1..5]-(b)`; `allShortestPaths` → `ALL SHORTEST`. */
export const rewriteShortestPath = (node: CstNode, ctx: RewriteContext): string => {
  const { parsed } = ctx;
  const element = childNamed(parsed, node, 'patternElement');
  const parts = element?.children ?? [];
  const relationship = parts[1];
  if (!element || parts.length !== 3 || !relationship || !childNamed(parsed, relationship, 'pathLength')) {
    refuse(node, 'A shortest path that is not one variable-length hop', 'Write it as shortestPath((a)-[*..k]-(b)).');
  }
  const all = textOf(parsed, node).toLowerCase().startsWith('allshortestpaths');
  ctx.lengthModes.set(relationship, all ? 'ALL SHORTEST' : 'SHORTEST');
  return ctx.render(element);
};
