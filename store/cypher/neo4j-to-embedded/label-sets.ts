import { NODE_TABLES, REL_TABLES } from '../../../model/graph-model.ts';
import { alternativeOf, childNamed, childrenNamed, refuse, textOf, type CstNode, type ParsedCypher } from './syntax-tree.ts';

/** Every label a node can have, and every type a relationship can have, in the model's order. */
export const NODE_LABELS: readonly string[] = NODE_TABLES.map((table) => table.label);
export const RELATIONSHIP_TYPES: readonly string[] = REL_TABLES.map((table) => table.type);

const unquote = (name: string): string => name.replace(/^`|`$/g, '').replace(/``/g, '`');

/**
 * The names of a label expression written as one name or a disjunction (`A|B`, `A|:B`), as written;
 * undefined for any other form (`A&B`, `A:B`, `!A`, `%`, parentheses).
 */
export function plainLabelNames(expression4: CstNode, parsed: ParsedCypher): string[] | undefined {
  const names: string[] = [];
  for (const expression3 of childrenNamed(parsed, expression4, 'labelExpression3')) {
    const [expression2, other] = childrenNamed(parsed, expression3, 'labelExpression2');
    const expression1 = expression2 && childNamed(parsed, expression2, 'labelExpression1');
    if (other || !expression1 || childNamed(parsed, expression2, '#!') || alternativeOf(expression1) !== 'LabelNameContext') return undefined;
    names.push(textOf(parsed, expression1));
  }
  return names;
}

/**
 * The labels (or types) of `universe` the expression holds for. Every node here has exactly one
 * label and every relationship one type, so `A&B` holds for none, `!A` for all others, `%` for all:
 * the same nodes Neo4j matches.
 */
export function labelSetOf(expression4: CstNode, universe: readonly string[], parsed: ParsedCypher): string[] {
  return universe.filter((label) => holds(expression4, label, parsed));
}

function holds(node: CstNode, label: string, parsed: ParsedCypher): boolean {
  const expression3s = childrenNamed(parsed, node, 'labelExpression3');
  return expression3s.some((expression3) => childrenNamed(parsed, expression3, 'labelExpression2').every((expression2) => {
    const negations = childrenNamed(parsed, expression2, '#!').length;
    const expression1 = childNamed(parsed, expression2, 'labelExpression1');
    if (!expression1) return false;
    return holdsAtom(expression1, label, parsed) !== (negations % 2 === 1);
  }));
}

function holdsAtom(expression1: CstNode, label: string, parsed: ParsedCypher): boolean {
  const kind = alternativeOf(expression1);
  if (kind === 'LabelNameContext') return unquote(textOf(parsed, expression1)) === label;
  if (kind === 'AnyLabelContext') return true;
  const inner = childNamed(parsed, expression1, 'labelExpression4');
  if (kind === 'ParenthesizedLabelExpressionContext' && inner) return holds(inner, label, parsed);
  return refuse(expression1, `The dynamic label "${textOf(parsed, expression1)}"`, 'Name the labels, as (n:A|B).');
}
