import type { RewriteContext } from './rewrite-context.ts';
import { childNamed, ruleOf, spanOf, textOf, type CstNode } from './syntax-tree.ts';

/** The column's name when `call` is a whole RETURN item, so the adapter can finish its value; else undefined. */
export function columnOfItsOwn(call: CstNode, ctx: RewriteContext): string | undefined {
  const item = returnItemAround(call, ctx);
  if (!item) return undefined;
  const alias = childNamed(ctx.parsed, item, 'variable');
  return alias ? textOf(ctx.parsed, alias) : textOf(ctx.parsed, item);
}

/** The RETURN item whose whole expression is `call`, if there is one. */
export function returnItemAround(call: CstNode, ctx: RewriteContext): CstNode | undefined {
  const span = spanOf(call);
  let node = call.parent;
  while (node && ruleOf(ctx.parsed, node) !== 'returnItem') {
    const outer = spanOf(node);
    if (outer?.start !== span?.start || outer?.end !== span?.end) return undefined;
    node = node.parent;
  }
  const inReturn = node?.parent?.parent?.parent && ruleOf(ctx.parsed, node.parent.parent.parent) === 'returnClause';
  return inReturn ? (node ?? undefined) : undefined;
}

/** True when the RETURN holding `call` sorts its rows: by a value the adapter rewrites afterwards, the order would be the engine's. */
export function isInSortedReturn(call: CstNode, ctx: RewriteContext): boolean {
  const body = returnItemAround(call, ctx)?.parent?.parent;
  return Boolean(body && childNamed(ctx.parsed, body, 'orderBy'));
}
