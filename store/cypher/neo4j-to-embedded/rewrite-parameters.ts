import type { Rewrite } from './rewrite-context.ts';
import { childNamed, textOf } from './syntax-tree.ts';

/**
 * Two Kuzu quirks a console user could hit with parameters: a list parameter used twice in one
 * query crashes the process, so each further use reads a copy under a new name; an empty list
 * parameter has no element type (an error, or size() answering null), so it is written as `[]`.
 */
export const rewriteParameter: Rewrite = (node, ctx) => {
  const nameNode = childNamed(ctx.parsed, node, 'parameterName');
  if (!nameNode) return undefined;
  const name = textOf(ctx.parsed, nameNode).replace(/^`|`$/g, '');
  const value = ctx.params[name];
  if (Array.isArray(value) && value.length === 0) return '[]';
  const uses = (ctx.parameterUses.get(name) ?? 0) + 1;
  ctx.parameterUses.set(name, uses);
  const used = uses === 1 ? name : `${name}__${uses}`;
  if (name in ctx.params) ctx.embeddedParams[used] = value;
  return `$${used}`;
};
