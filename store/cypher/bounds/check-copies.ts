import { CypherQueryError } from '../../../model/errors.ts';
import {
  childNamed,
  childrenNamed,
  childrenOf,
  descendantsNamed,
  positionOf,
  ruleOf,
  textOf,
  type CstNode,
  type ParsedCypher,
} from '../neo4j-to-embedded/syntax-tree.ts';
import { functionNameOf } from './check-functions.ts';
import { QUERY_LIMITS } from './query-limits.ts';

/** How many copies of each source value (a matched element, a parameter, a computed value) a value holds. */
type Copies = Map<string, number>;

/** Functions whose answer is a number, a boolean or a short value, whatever their arguments' size. */
const SMALL_ANSWERS = new Set([
  'size', 'length', 'count', 'sum', 'avg', 'stdev', 'stdevp', 'percentilecont', 'percentiledisc', 'abs', 'ceil', 'floor', 'round',
  'sign', 'sqrt', 'exp', 'log', 'log10', 'e', 'pi', 'rand', 'sin', 'cos', 'tan', 'cot', 'asin', 'acos', 'atan', 'atan2', 'degrees',
  'radians', 'haversin', 'isnan', 'id', 'elementid', 'type', 'labels', 'keys', 'tointeger', 'tointegerornull', 'tofloat',
  'tofloatornull', 'toboolean', 'tobooleanornull', 'isempty', 'char_length', 'character_length', 'timestamp', 'randomuuid',
  'valuetype', 'exists', 'point', 'distance',
]);

/** Operator levels whose answer is a boolean or a number: they do not pass their operands' size on. */
const SMALL_OPERATORS = new Set(['expression', 'expression11', 'expression10', 'expression9', 'expression8', 'expression7', 'expression5', 'expression4', 'expression3']);

/**
 * Refuses a value built from more than QUERY_LIMITS.maxCopies copies of one source, counted through
 * the query's WITH, UNWIND and RETURN clauses: `WITH s + s AS s` three times holds eight copies of s.
 * The engine keeps such values outside its buffer pool and computes each in one step the time limit
 * cannot interrupt, so doubling a string or a list a few times would exhaust the machine's memory.
 */
export function checkCopies(parsed: ParsedCypher): void {
  for (const query of descendantsNamed(parsed, parsed.tree, 'singleQuery')) {
    const bound = new Map<string, Copies>();
    let fresh = 0;
    const define = (name: string, copies: Copies) => bound.set(name, copies.size > 0 ? copies : new Map([[`${name}#${++fresh}`, 1]]));
    for (const clause of childrenNamed(parsed, query, 'clause').flatMap((each) => childrenOf(each))) {
      const rule = ruleOf(parsed, clause);
      for (const pattern of ['nodePattern', 'relationshipPattern', 'pattern'].flatMap((name) => descendantsNamed(parsed, clause, name))) {
        const variable = childNamed(parsed, pattern, 'variable');
        if (variable) define(textOf(parsed, variable), new Map());
      }
      const count = (expression: CstNode) => copiesOf(parsed, expression, bound);
      if (rule === 'unwindClause') {
        const expression = childNamed(parsed, clause, 'expression');
        const variable = childNamed(parsed, clause, 'variable');
        if (expression && variable) define(textOf(parsed, variable), count(expression));
        continue;
      }
      for (const item of descendantsNamed(parsed, clause, 'returnItem')) {
        const expression = childNamed(parsed, item, 'expression');
        const alias = childNamed(parsed, item, 'variable');
        if (!expression) continue;
        const copies = count(expression);
        if (alias) define(textOf(parsed, alias), copies);
      }
      for (const where of descendantsNamed(parsed, clause, 'whereClause')) childrenNamed(parsed, where, 'expression').forEach(count);
      for (const order of descendantsNamed(parsed, clause, 'orderItem')) childrenNamed(parsed, order, 'expression').forEach(count);
    }
  }
}

function copiesOf(parsed: ParsedCypher, node: CstNode, bound: ReadonlyMap<string, Copies>): Copies {
  const rule = ruleOf(parsed, node);
  const sum = (parts: CstNode[], scope = bound) => add(parts.map((part) => copiesOf(parsed, part, scope)));
  let copies: Copies;
  if (rule === 'variable') {
    const name = textOf(parsed, node);
    copies = bound.get(name) ?? new Map([[name, 1]]);
  } else if (rule === 'parameter') {
    copies = new Map([[textOf(parsed, node), 1]]);
  } else if (rule === 'existsExpression' || rule === 'countExpression') {
    copies = new Map();
  } else if (rule === 'listComprehension' || rule === 'listItemsPredicate') {
    copies = copiesOfComprehension(parsed, node, bound);
    if (rule === 'listItemsPredicate') copies = new Map();
  } else if (rule === 'functionInvocation') {
    const name = functionNameOf(parsed, node).toLowerCase();
    const args = sum(childrenNamed(parsed, node, 'functionArgument'));
    copies = SMALL_ANSWERS.has(name) ? new Map() : name === 'collect' ? add([args, args]) : args;
  } else {
    const children = childrenOf(node);
    copies = sum(children);
    const hasOperator = children.some((child) => child.symbol) || children.some((child) => ruleOf(parsed, child) === 'comparisonExpression6');
    if (SMALL_OPERATORS.has(rule) && hasOperator) copies = new Map();
  }
  assertFewCopies(parsed, node, copies);
  return copies;
}

/** `[x IN list | f(x)]`: x stands for an element of the list, and the answer holds the list and f's copies. */
function copiesOfComprehension(parsed: ParsedCypher, node: CstNode, bound: ReadonlyMap<string, Copies>): Copies {
  const [source, ...body] = childrenNamed(parsed, node, 'expression');
  const variable = childNamed(parsed, node, 'variable');
  const list = source ? copiesOf(parsed, source, bound) : new Map<string, number>();
  const inner = new Map(bound);
  if (variable) inner.set(textOf(parsed, variable), list);
  return add([list, ...body.map((part) => copiesOf(parsed, part, inner))]);
}

function add(parts: Copies[]): Copies {
  const total: Copies = new Map();
  for (const part of parts) for (const [source, count] of part) total.set(source, (total.get(source) ?? 0) + count);
  return total;
}

function assertFewCopies(parsed: ParsedCypher, node: CstNode, copies: Copies): void {
  for (const [source, count] of copies) {
    if (count <= QUERY_LIMITS.maxCopies) continue;
    const name = source.replace(/#\d+$/, '');
    const text = textOf(parsed, node).replace(/\s+/g, ' ');
    throw new CypherQueryError(
      `${text.length > 60 ? `${text.slice(0, 60)}…` : text} at ${positionOf(node)} joins ${count} copies of ${name}` +
        ` (through the WITH clauses before it); at most ${QUERY_LIMITS.maxCopies} are allowed, as a value doubled a few times outgrows the store's memory.`,
      'CYPHER_TOO_LARGE',
    );
  }
}
