import type { RewriteContext } from './rewrite-context.ts';
import { childNamed, childrenNamed, childrenOf, descendantsNamed, ruleOf, textOf, type CstNode } from './syntax-tree.ts';

/** Every variable the clause binds, when it is a MATCH or an UNWIND; undefined for any other clause. */
function variablesBoundBy(clause: CstNode, ctx: RewriteContext): string[] | undefined {
  const { parsed } = ctx;
  const [inner] = childrenOf(clause);
  if (!inner) return undefined;
  if (ruleOf(parsed, inner) === 'unwindClause') {
    const variable = childNamed(parsed, inner, 'variable');
    return variable ? [textOf(parsed, variable)] : [];
  }
  if (ruleOf(parsed, inner) !== 'matchClause') return undefined;
  const patterns = childNamed(parsed, inner, 'patternList');
  if (!patterns) return [];
  return ['pattern', 'nodePattern', 'relationshipPattern'].flatMap((rule) =>
    descendantsNamed(parsed, patterns, rule).flatMap((node) => childrenNamed(parsed, node, 'variable').map((variable) => textOf(parsed, variable))),
  );
}

/**
 * The variables `RETURN *` (or `WITH *`) stands for, sorted as Neo4j orders its columns, when only
 * MATCH and UNWIND clauses come before it; undefined when the scope is not that simple. Spelling them
 * out keeps the names the rewrite gives anonymous relationships out of the answer.
 */
export function starVariablesOf(returnItems: CstNode, ctx: RewriteContext): string[] | undefined {
  const { parsed } = ctx;
  let clause: CstNode | null | undefined = returnItems;
  while (clause && ruleOf(parsed, clause) !== 'clause') clause = clause.parent;
  const query = clause?.parent;
  if (!clause || !query || ruleOf(parsed, query) !== 'singleQuery') return undefined;
  const clauses = childrenNamed(parsed, query, 'clause');
  const before = clauses.slice(0, clauses.indexOf(clause));
  const bound = before.map((each) => variablesBoundBy(each, ctx));
  if (bound.some((each) => each === undefined)) return undefined;
  const names = [...new Set(bound.flat() as string[])];
  return names.length > 0 ? names.sort() : undefined;
}
