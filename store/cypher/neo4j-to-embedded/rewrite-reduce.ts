import { readLiteral } from './neo4j-literals.ts';
import type { Rewrite } from './rewrite-context.ts';
import { childrenNamed, childrenOf, refuse, textOf, type CstNode, type ParsedCypher } from './syntax-tree.ts';

const ADVICE = 'Start from a whole number and step with +, - and * on the accumulator, the element and whole numbers, e.g. reduce(t = 0, x IN list | t + x); or use UNWIND and sum().';

/** The tokens of a parse-tree node, in order. */
function tokensOf(node: CstNode): CstNode[] {
  return node.symbol ? [node] : childrenOf(node).flatMap(tokensOf);
}

/**
 * True when the step is whole-number arithmetic on the accumulator and the element: Kuzu's
 * list_reduce keeps its accumulator in the elements' type, and garbles a step of another type
 * (`t + x / 2.0` over whole numbers gave 4886673859354296000); its strings skip nulls (`'a' + NULL`
 * is 'a' there, null in Neo4j).
 */
function isWholeNumberStep(step: CstNode, names: string[], parsed: ParsedCypher): boolean {
  return tokensOf(step).every((token) => {
    const text = textOf(parsed, token);
    return names.includes(text) || ['+', '-', '*', '(', ')'].includes(text) || /^\d+$/.test(text);
  });
}

/**
 * `reduce(t = 0, x IN list | t + x)` → `list_reduce(list_concat([0], list), (t, x) -> t + x)`: the
 * start value leads the list, so an empty list gives it back, as Neo4j does. Only a whole-number
 * start and step (see isWholeNumberStep); any other reduce is refused.
 */
export const rewriteReduce: Rewrite = (node, ctx) => {
  const { parsed } = ctx;
  const [accumulator, element] = childrenNamed(parsed, node, 'variable');
  const [start, list, step] = childrenNamed(parsed, node, 'expression');
  const initial = start && readLiteral(textOf(parsed, start));
  if (!accumulator || !element || !start || !list || !step || !initial?.integer) return refuse(node, 'reduce() from a start that is not a whole number', ADVICE);
  const names = [textOf(parsed, accumulator), textOf(parsed, element)];
  if (!isWholeNumberStep(step, names, parsed)) return refuse(node, 'reduce() with this step', ADVICE);
  const [acc, x] = [accumulator, element].map((variable) => ctx.render(variable));
  return `list_reduce(list_concat([${ctx.render(start)}], ${ctx.render(list)}), (${acc}, ${x}) -> ${ctx.render(step)})`;
};
