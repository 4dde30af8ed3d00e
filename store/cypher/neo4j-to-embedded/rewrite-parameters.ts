import type { Rewrite } from './rewrite-context.ts';
import { childNamed, textOf } from './syntax-tree.ts';

/**
 * Kuzu quirks a console user could hit with parameters: a list parameter used twice in one query
 * crashes the process, so each further use reads a copy under a new name; an empty list parameter
 * has no element type (an error, or size() answering null), so it is written as `[]`; a list mixing
 * whole numbers and fractions is typed by its first element (`[1, 2.5]` answered [1, 4612811918334231000]),
 * so it goes as strings read back as fractions.
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
  const mixed = isMixedNumbers(value);
  if (name in ctx.params) ctx.embeddedParams[used] = mixed ? value.map(String) : value;
  return mixed ? `cast($${used} AS DOUBLE[])` : `$${used}`;
};

/** A list of numbers some of which are whole: the binding would type them all by the first. */
function isMixedNumbers(value: unknown): value is number[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'number')) return false;
  return value.some(Number.isInteger) && !value.every(Number.isInteger);
}
