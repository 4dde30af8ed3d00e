import type { RewriteContext } from './rewrite-context.ts';
import { columnOfItsOwn } from './return-columns.ts';
import { childNamed, childrenNamed, childrenOf, refuse, ruleOf, spanOf, textOf, type CstNode } from './syntax-tree.ts';

const ADVICE = "Return date(x) as a column, compare two dates (date(d.date) >= date('2026-10-01')) or read date(x).year, .month or .day; or compare the ISO strings themselves.";

/** Neo4j's date fields the engine's date_part reads the same way. */
export const DATE_FIELDS = new Set(['year', 'month', 'day']);

/** The outermost node that is just `node` (same span): the whole operand it stands as. */
function wholeOf(node: CstNode): CstNode {
  let whole = node;
  const span = spanOf(node);
  while (whole.parent && spanOf(whole.parent)?.start === span?.start && spanOf(whole.parent)?.end === span?.end) whole = whole.parent;
  return whole;
}

/** True when the call is the name `date` with one argument. */
export function isDateCall(call: CstNode, ctx: RewriteContext): boolean {
  const name = childNamed(ctx.parsed, call, 'functionName');
  return ruleOf(ctx.parsed, call) === 'functionInvocation' && Boolean(name) && textOf(ctx.parsed, name!).replace(/\s+/g, '').toLowerCase() === 'date';
}

/** `a = b`, `a < b` … where every operand is a date() call: the engine compares its dates as Neo4j does. */
function isDateComparison(call: CstNode, ctx: RewriteContext): boolean {
  const operand = wholeOf(call);
  const comparison = operand.parent;
  if (!comparison || ruleOf(ctx.parsed, comparison) !== 'expression8' || ruleOf(ctx.parsed, operand) !== 'expression7') return false;
  const operands = childrenNamed(ctx.parsed, comparison, 'expression7');
  return operands.length > 1 && operands.every((each) => {
    const calls = [each];
    while (calls[0] && ruleOf(ctx.parsed, calls[0]) !== 'functionInvocation' && childrenOf(calls[0]).length === 1) calls[0] = childrenOf(calls[0])[0]!;
    return calls[0] !== undefined && isDateCall(calls[0], ctx) && wholeOf(calls[0]) === each;
  });
}

/** True when a property follows the call, `date(x).year`: the postfix rewrite reads it (see dateFieldOf). */
function hasField(call: CstNode, ctx: RewriteContext): boolean {
  const expression1 = call.parent;
  const expression2 = expression1?.parent;
  return Boolean(expression2 && ruleOf(ctx.parsed, expression2) === 'expression2' && childrenOf(expression2)[0] === expression1 && childrenOf(expression2).length > 1);
}

/** An argument whose text the engine's date() reads as Neo4j's does: an ISO string written out, null, a parameter or a `date` property. */
function isPlainDateArgument(argument: CstNode, ctx: RewriteContext): boolean {
  const text = textOf(ctx.parsed, argument).trim();
  return /^'\d{4}-\d{2}-\d{2}'$|^"\d{4}-\d{2}-\d{2}"$|^null$|^\$[A-Za-z_]\w*$|^[A-Za-z_]\w*\.date$/i.test(text);
}

/**
 * `date(s)` on our ISO strings, where the engine's DATE answers as Neo4j's does: as a column of its
 * own (the adapter writes it `2026-10-01`), compared with another date(), or read by `.year`,
 * `.month`, `.day`. Elsewhere (a date beside a string, in a list, carried by WITH) it is refused.
 */
export function rewriteDate(args: string[], call: CstNode, ctx: RewriteContext): string {
  const [argument, other] = childrenNamed(ctx.parsed, call, 'functionArgument');
  if (!argument || other || !isPlainDateArgument(argument, ctx)) {
    return refuse(call, `date(${argument ? textOf(ctx.parsed, argument).trim() : ''})`, "Give it an ISO date string ('2026-10-01'), a parameter or a date property such as d.date.");
  }
  if (columnOfItsOwn(call, ctx) === undefined && !isDateComparison(call, ctx) && !hasField(call, ctx)) {
    return refuse(call, 'date() here', ADVICE);
  }
  return `date(${args[0]})`;
}

/** `date(x).year` → `date_part('year', date(x))`; other fields are refused. */
export function renderDateField(base: string, postfix: CstNode, ctx: RewriteContext): string {
  const key = textOf(ctx.parsed, postfix).replace(/^\s*\.\s*/, '');
  if (!DATE_FIELDS.has(key)) refuse(postfix, `The date field .${key}`, 'Read .year, .month or .day.');
  return `date_part('${key}', ${base})`;
}
