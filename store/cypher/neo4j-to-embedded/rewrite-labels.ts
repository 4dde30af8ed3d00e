import { toKuzuName } from './kuzu-keywords.ts';
import { labelSetOf, NODE_LABELS, plainLabelNames, RELATIONSHIP_TYPES } from './label-sets.ts';
import type { RewriteContext } from './rewrite-context.ts';
import { alternativeOf, childNamed, childrenOf, ruleOf, type CstNode } from './syntax-tree.ts';

/** The labels (or types) an expression allows within `universe`: a disjunction as written, any other form worked out. */
export function labelNamesOf(expression4: CstNode, ctx: RewriteContext, universe: readonly string[]): string[] {
  return plainLabelNames(expression4, ctx.parsed) ?? labelSetOf(expression4, universe, ctx.parsed);
}

/** True when a pattern's label expression allows no label at all (`A&B`): the MATCH then adds `false`. */
export function matchesNoLabel(labelExpression: CstNode, ctx: RewriteContext): boolean {
  const expression4 = childNamed(ctx.parsed, labelExpression, 'labelExpression4');
  return Boolean(expression4) && labelNamesOf(expression4!, ctx, universeOf(labelExpression, ctx)).length === 0;
}

function inRelationship(labelExpression: CstNode, ctx: RewriteContext): boolean {
  return Boolean(labelExpression.parent && ruleOf(ctx.parsed, labelExpression.parent) === 'relationshipPattern');
}

function universeOf(labelExpression: CstNode, ctx: RewriteContext): readonly string[] {
  return inRelationship(labelExpression, ctx) ? RELATIONSHIP_TYPES : NODE_LABELS;
}

/**
 * `(n:A|B)` → `(n:A:B)` (Kuzu's "either"), `[r:A|:B]` → `[r:A|B]`, keywords back-quoted; `(n:!A)` and
 * `(n:%)` become the labels they allow, none written when all are. One that allows none keeps a
 * label and the MATCH adds `false` (see matchesNoLabel).
 */
export const rewriteLabelExpression = (node: CstNode, ctx: RewriteContext): string => {
  const expression4 = childNamed(ctx.parsed, node, 'labelExpression4');
  const universe = universeOf(node, ctx);
  const names = expression4 ? labelNamesOf(expression4, ctx, universe) : [];
  const plain = expression4 && plainLabelNames(expression4, ctx.parsed);
  if (!plain && names.length === universe.length) return '';
  const written = names.length > 0 ? names : universe.slice(0, 1);
  return `:${written.map(toKuzuName).join(inRelationship(node, ctx) ? '|' : ':')}`;
};

/** `WHERE n:A|B` → `label(n) IN ['A', 'B']`; `n IS NOT A` is negated; `n:A&B` is `label(n) IN ['']`, false but null for null. */
export const rewriteLabelComparison = (node: CstNode, ctx: RewriteContext): string | undefined => {
  const { parsed } = ctx;
  const [subject, comparison] = childrenOf(node);
  if (!subject || !comparison || alternativeOf(comparison) !== 'LabelComparisonContext') return undefined;
  const expression4 = childNamed(parsed, comparison, 'labelExpression4');
  const kind = ctx.variableKinds.get(subject ? ctx.render(subject) : '');
  const universe = kind === 'node' ? NODE_LABELS : kind === 'relationship' ? RELATIONSHIP_TYPES : [...NODE_LABELS, ...RELATIONSHIP_TYPES];
  const names = expression4 ? labelNamesOf(expression4, ctx, universe) : [];
  const listed = (names.length > 0 ? names : ['']).map((name) => `'${name.replace(/`/g, '')}'`);
  const test = `label(${ctx.render(subject)}) IN [${listed.join(', ')}]`;
  return childNamed(parsed, comparison, '#NOT') ? `(NOT (${test}))` : `(${test})`;
};
