import { childNamed, descendantsNamed, textOf, type ParsedCypher } from './syntax-tree.ts';
import type { VariableKind } from './rewrite-context.ts';

/** Each variable bound in a pattern, with what it holds: `id(r)` means one thing for nodes, another for relationships. */
export function findVariableKinds(parsed: ParsedCypher): Map<string, VariableKind> {
  const kinds = new Map<string, VariableKind>();
  const bind = (rule: string, kind: VariableKind): void => {
    for (const node of descendantsNamed(parsed, parsed.tree, rule)) {
      const variable = childNamed(parsed, node, 'variable');
      if (variable) kinds.set(textOf(parsed, variable), kind);
    }
  };
  bind('nodePattern', 'node');
  bind('relationshipPattern', 'relationship');
  bind('pattern', 'path');
  return kinds;
}

/** Variables a non-optional MATCH binds: they are never null where they are used. */
export function findAlwaysBound(parsed: ParsedCypher): Set<string> {
  const bound = new Set<string>();
  for (const match of descendantsNamed(parsed, parsed.tree, 'matchClause')) {
    if (childNamed(parsed, match, '#OPTIONAL')) continue;
    for (const rule of ['nodePattern', 'relationshipPattern']) {
      for (const pattern of descendantsNamed(parsed, match, rule)) {
        const variable = childNamed(parsed, pattern, 'variable');
        if (variable) bound.add(textOf(parsed, variable));
      }
    }
  }
  return bound;
}
