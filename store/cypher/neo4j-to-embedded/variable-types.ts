import { typeOf } from './rewrite-conversions.ts';
import type { RewriteContext } from './rewrite-context.ts';
import { childNamed, descendantsNamed, ruleOf, textOf } from './syntax-tree.ts';

/**
 * The type a variable holds when the query binds it exactly once, by `WITH <expression> AS v` (or a
 * RETURN item of a subquery) whose text shows the type (a list literal, split(), a string …);
 * undefined when it is bound otherwise or more than once.
 */
export function typeOfVariable(name: string, ctx: RewriteContext): ReturnType<typeof typeOf> {
  const { parsed } = ctx;
  // every mention that is not a read (expression1) binds or names it: a second one makes the type unsure
  const bindings = descendantsNamed(parsed, parsed.tree, 'variable').filter((variable) =>
    textOf(parsed, variable) === name && variable.parent && ruleOf(parsed, variable.parent) !== 'expression1');
  if (bindings.length !== 1) return undefined;
  const item = bindings[0]!.parent!;
  if (ruleOf(parsed, item) !== 'returnItem') return undefined;
  const expression = childNamed(parsed, item, 'expression');
  return expression ? typeOf(textOf(parsed, expression)) : undefined;
}
