import { toKuzuName } from './kuzu-keywords.ts';
import type { RewriteContext } from './rewrite-context.ts';
import { alternativeOf, childNamed, childrenNamed, childrenOf, refuse, ruleOf, textOf, type CstNode } from './syntax-tree.ts';

/**
 * The names of a label expression that is one name or a disjunction (`A|B`, `A|:B`); anything else
 * (`A&B`, `A:B`, `!A`, `%`, dynamic labels) is refused, since a node has exactly one label here.
 */
export function labelNamesOf(expression4: CstNode, ctx: RewriteContext): string[] {
  const { parsed } = ctx;
  return childrenNamed(parsed, expression4, 'labelExpression3').map((expression3) => {
    const [expression2, other] = childrenNamed(parsed, expression3, 'labelExpression2');
    if (other || !expression2) {
      refuse(expression3, `The label conjunction "${textOf(parsed, expression3)}"`,
        'Each node has exactly one label there, so it matches nothing; for either label write (n:A|B).');
    }
    const expression1 = childNamed(parsed, expression2, 'labelExpression1');
    if (childNamed(parsed, expression2, '#!') || !expression1 || alternativeOf(expression1) !== 'LabelNameContext') {
      refuse(expression2, `The label expression "${textOf(parsed, expression2)}"`,
        "Name the labels instead, as (n:A|B), or test them in WHERE with label(n) IN ['A', 'B'].");
    }
    return textOf(parsed, expression1);
  });
}

/** `(n:A|B)` → `(n:A:B)` (Kuzu's "either"), `[r:A|:B]` → `[r:A|B]`, keywords back-quoted. */
export const rewriteLabelExpression = (node: CstNode, ctx: RewriteContext): string => {
  const expression4 = childNamed(ctx.parsed, node, 'labelExpression4');
  const names = expression4 ? labelNamesOf(expression4, ctx).map(toKuzuName) : [];
  const inRelationship = node.parent && ruleOf(ctx.parsed, node.parent) === 'relationshipPattern';
  return `:${names.join(inRelationship ? '|' : ':')}`;
};

/** `WHERE n:A|B` → `label(n) IN ['A', 'B']`; `n IS NOT A` is negated. */
export const rewriteLabelComparison = (node: CstNode, ctx: RewriteContext): string | undefined => {
  const { parsed } = ctx;
  const [subject, comparison] = childrenOf(node);
  if (!subject || !comparison || alternativeOf(comparison) !== 'LabelComparisonContext') return undefined;
  const expression4 = childNamed(parsed, comparison, 'labelExpression4');
  const names = expression4 ? labelNamesOf(expression4, ctx) : [];
  const test = `label(${ctx.render(subject)}) IN [${names.map((name) => `'${name.replace(/`/g, '')}'`).join(', ')}]`;
  return childNamed(parsed, comparison, '#NOT') ? `(NOT (${test}))` : `(${test})`;
};
