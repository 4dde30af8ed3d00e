import { renderDefault, type RewriteContext } from './rewrite-context.ts';
import { matchesNoLabel } from './rewrite-labels.ts';
import { relationshipTypesOf } from './rewrite-relationships.ts';
import { childNamed, descendantsNamed, refuse, ruleOf, textOf, type CstNode } from './syntax-tree.ts';

interface PatternRelationship {
  node: CstNode;
  types: string[] | null;
  variableLength: boolean;
}

function mayBeSameRelationship(a: PatternRelationship, b: PatternRelationship): boolean {
  return !a.types || !b.types || a.types.some((type) => b.types?.includes(type));
}

/**
 * The predicates that give Neo4j's rule "one relationship at most once per MATCH": Kuzu matches
 * patterns as walks, so `(a)--(b)--(c)` would come back to `a` over the same relationship.
 */
function uniquenessPredicates(patterns: CstNode, ctx: RewriteContext): string[] {
  const relationships = descendantsNamed(ctx.parsed, patterns, 'relationshipPattern').map((node) => ({
    node,
    types: relationshipTypesOf(node, ctx),
    variableLength: Boolean(childNamed(ctx.parsed, node, 'pathLength')),
  }));
  const predicates: string[] = [];
  relationships.forEach((a, i) => {
    for (const b of relationships.slice(i + 1)) {
      if (!mayBeSameRelationship(a, b)) continue;
      if (a.variableLength || b.variableLength) {
        refuse(b.node, 'A variable-length relationship beside another one of the same type in one MATCH',
          'Give them different relationship types, or match the variable-length part in a MATCH of its own if the two can never be the same relationship.');
      }
      predicates.push(`id(${nameOf(a.node, ctx)}) <> id(${nameOf(b.node, ctx)})`);
    }
  });
  return predicates;
}

function nameOf(relationship: CstNode, ctx: RewriteContext): string {
  const variable = childNamed(ctx.parsed, relationship, 'variable');
  if (variable) return ctx.render(variable);
  const name = ctx.relationshipNames.get(relationship) ?? ctx.freshName();
  ctx.relationshipNames.set(relationship, name);
  return name;
}

/** Patterns and their WHERE (a clause or a bare condition), with the uniqueness predicates added; hints are dropped (they never change answers). */
export function renderPatternsAndWhere(patterns: CstNode, where: CstNode | undefined, ctx: RewriteContext, render = ctx.render): string {
  const predicates = uniquenessPredicates(patterns, ctx);
  // a node can never carry two labels here: `(n:A&B)` matches nothing, as in Neo4j
  if (descendantsNamed(ctx.parsed, patterns, 'labelExpression').some((labels) => matchesNoLabel(labels, ctx))) predicates.push('false');
  const rendered = render(patterns);
  // a WHERE clause, or the bare condition of a pattern comprehension
  const condition = where && (ruleOf(ctx.parsed, where) === 'whereClause' ? childNamed(ctx.parsed, where, 'expression') : where);
  if (predicates.length === 0) return condition ? `${rendered} WHERE ${ctx.render(condition)}` : rendered;
  const conditions = condition ? [`(${ctx.render(condition)})`, ...predicates] : predicates;
  return `${rendered} WHERE ${conditions.join(' AND ')}`;
}

/** `[OPTIONAL] MATCH patterns [WHERE …]`, refusing Neo4j-only match modes. */
export const rewriteMatchClause = (node: CstNode, ctx: RewriteContext): string => {
  const { parsed } = ctx;
  const mode = childNamed(parsed, node, 'matchMode');
  if (mode) refuse(mode, `The match mode "${textOf(parsed, mode)}"`, 'Leave it out: the default never repeats a relationship.');
  const patterns = childNamed(parsed, node, 'patternList');
  if (!patterns) return textOf(parsed, node);
  const optional = childNamed(parsed, node, '#OPTIONAL') ? 'OPTIONAL ' : '';
  return `${optional}MATCH ${renderPatternsAndWhere(patterns, childNamed(parsed, node, 'whereClause'), ctx)}`;
};

/** `EXISTS { (a)-->(b) }` and `COUNT { … }`: Kuzu wants the MATCH written, and no RETURN inside. */
export const rewriteSubqueryExpression = (node: CstNode, ctx: RewriteContext): string => {
  const { parsed } = ctx;
  const keyword = ruleOf(parsed, node) === 'countExpression' ? 'COUNT' : 'EXISTS';
  const query = childNamed(parsed, node, 'queryWithLocalDefinitions');
  if (query) {
    const clauses = descendantsNamed(parsed, query, 'clause');
    const other = clauses.find((clause) => !childNamed(parsed, clause, 'matchClause'));
    if (other || descendantsNamed(parsed, query, '#UNION').length > 0) {
      refuse(other ?? query, `${keyword} { … } with "${textOf(parsed, other ?? query).split(/\s/)[0]}" inside`,
        `Write only MATCH … WHERE … inside ${keyword} { }.`);
    }
    return `${keyword} { ${ctx.render(query)} }`;
  }
  const mode = childNamed(parsed, node, 'matchMode');
  if (mode) refuse(mode, `The match mode "${textOf(parsed, mode)}"`, 'Leave it out.');
  const patterns = childNamed(parsed, node, 'patternList');
  if (!patterns) return textOf(parsed, node);
  return `${keyword} { MATCH ${renderPatternsAndWhere(patterns, childNamed(parsed, node, 'whereClause'), ctx)} }`;
};

/** A pattern used as a condition, `WHERE (a)-->(b)`, becomes `EXISTS { MATCH (a)-->(b) }`. */
export const rewritePatternExpression = (node: CstNode, ctx: RewriteContext): string =>
  `EXISTS { MATCH ${renderPatternsAndWhere(node, undefined, ctx, (patterns) => renderDefault(patterns, ctx))} }`;
