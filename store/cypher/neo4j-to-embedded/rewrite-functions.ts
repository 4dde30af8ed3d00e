import { renderDefault, type RewriteContext } from './rewrite-context.ts';
import { readLiteral, toKuzuLiteral } from './neo4j-literals.ts';
import { CONVERSION_REWRITES, typeOf } from './rewrite-conversions.ts';
import { columnOfItsOwn } from './return-columns.ts';
import { rewriteDate } from './rewrite-dates.ts';
import { typeOfVariable } from './variable-types.ts';
import { childNamed, childrenNamed, childrenOf, descendantsNamed, refuse, ruleOf, spanOf, textOf, type CstNode } from './syntax-tree.ts';

type FunctionRewrite = (args: string[], call: CstNode, ctx: RewriteContext) => string;

/** `substring` counts from 0 in Neo4j and from 1 in Kuzu, which also wants a length. */
function substring([text = "''", start = '0', length]: string[]): string {
  const from = /^\d+$/.test(start) ? String(Number(start) + 1) : `(${start}) + 1`;
  return `substring(${text}, ${from}, ${length ?? `size(${text})`})`;
}

/** `id(n)`, `elementId(n)`: a node's stable `id` property; for a relationship, Kuzu's own id as "table:offset". */
const identity: FunctionRewrite = ([value = ''], call, ctx) => {
  const kind = ctx.variableKinds.get(value);
  if (kind === 'path') refuse(call, `${textOf(ctx.parsed, call)} on a path`, 'Ask for the ids of nodes(p) instead.');
  return kind === 'relationship' ? `cast(id(${value}) AS STRING)` : `${value}.id`;
};

/** `labels(n)` → `[label(n)]`; where n may be null (OPTIONAL MATCH), Neo4j answers null, not [null]. */
const labels: FunctionRewrite = ([node = ''], _call, ctx) =>
  ctx.alwaysBound.has(node) ? `[label(${node})]` : `CASE WHEN ${node} IS NULL THEN NULL ELSE [label(${node})] END`;

/** Over no rows, or only nulls, Neo4j's sum is 0 and collect is []; Kuzu's are null. */
const orEmpty = (empty: string): FunctionRewrite => (_args, call, ctx) => `coalesce(${renderDefault(call, ctx)}, ${empty})`;

/** The literal text of a function's argument, when it is a plain string literal. */
function stringArgument(call: CstNode, index: number, ctx: RewriteContext): string | undefined {
  const argument = childrenNamed(ctx.parsed, call, 'functionArgument')[index];
  const literal = argument && readLiteral(textOf(ctx.parsed, argument));
  return typeof literal?.value === 'string' ? literal.value : undefined;
}

/**
 * The parts of `text` between the separator's occurrences, every empty one kept as Neo4j keeps them:
 * the embedded store's string_split drops some (`',a'` gave ["a"], `'a,,b'` ["a", "b"]).
 */
function splitParts(text: string, separator: string): string {
  const pattern = `(?s)(.*?)\\Q${separator}\\E`;
  return `regexp_extract_all(${text} + ${toKuzuLiteral(separator)}, ${toKuzuLiteral(pattern)}, 1)`;
}

/** True when a proper start of the separator is also its end (`aa`, `abab`): a copy appended to the text could then match early. */
function overlapsItself(separator: string): boolean {
  for (let k = 1; k < separator.length; k++) if (separator.slice(0, k) === separator.slice(-k)) return true;
  return false;
}

/**
 * A separator or search string the rewrite can use: a literal, not empty, not overlapping itself, and
 * without `\\E`. Appending such a separator to the text adds one match at its end and changes none before.
 */
function literalSeparator(call: CstNode, index: number, ctx: RewriteContext, form: string): string {
  const separator = stringArgument(call, index, ctx);
  if (separator === undefined || separator === '' || separator.includes('\\E') || overlapsItself(separator)) {
    refuse(call, form, 'Give it a literal string that does not overlap itself (not "aa"), e.g. split(s, \', \') or replace(s, \'-\', \' \').');
  }
  return separator;
}

/** True when the argument is written as null: the engine cannot type `NULL + ','`. */
function isNullArgument(call: CstNode, ctx: RewriteContext): boolean {
  const [argument] = childrenNamed(ctx.parsed, call, 'functionArgument');
  return Boolean(argument) && readLiteral(textOf(ctx.parsed, argument!))?.value === null;
}

const split: FunctionRewrite = ([text = ''], call, ctx) => {
  if (isNullArgument(call, ctx)) return 'NULL';
  if (stringArgument(call, 1, ctx) === '') return `string_split(${text}, '')`;
  const separator = literalSeparator(call, 1, ctx, 'split() with this separator');
  return `CASE WHEN ${text} IS NULL THEN NULL ELSE ${splitParts(text, separator)} END`;
};

/** All three arguments literals (or null): replaced here, left to right as Java's String.replace does. */
function literalReplace(call: CstNode, ctx: RewriteContext): string | undefined {
  const args = childrenNamed(ctx.parsed, call, 'functionArgument').map((argument) => readLiteral(textOf(ctx.parsed, argument)));
  if (args.length !== 3 || !args.every((each) => each && (each.value === null || typeof each.value === 'string'))) return undefined;
  const [text, search, replacement] = args.map((each) => each!.value as string | null);
  if (text == null || search == null || replacement == null) return 'NULL';
  // an empty search string is left to the general rule, which refuses it
  return search === '' ? undefined : toKuzuLiteral(text.split(search).join(replacement));
}

const replace: FunctionRewrite = ([text = '', , replacement = ''], call, ctx) => {
  const literal = literalReplace(call, ctx);
  if (literal !== undefined) return literal;
  const search = literalSeparator(call, 1, ctx, 'replace() with this search string');
  if (isNullArgument(call, ctx)) return 'NULL';
  return `CASE WHEN ${text} IS NULL OR ${replacement} IS NULL THEN NULL ELSE list_to_string(${replacement}, ${splitParts(text, search)}) END`;
};

/** `reverse` of a list is list_reverse there (its reverse() makes a list into a string): the argument's text must show which. */
const reverse: FunctionRewrite = ([value = ''], call, ctx) => {
  const [argument] = childrenNamed(ctx.parsed, call, 'functionArgument');
  const text = argument ? textOf(ctx.parsed, argument).trim() : '';
  const type = /^[A-Za-z_]\w*$/.test(text) ? typeOfVariable(text, ctx) : typeOf(text);
  if (type === 'LIST') return `list_reverse(${value})`;
  if (type === 'STRING') return `reverse(${value})`;
  return refuse(call, `reverse() of ${argument ? textOf(ctx.parsed, argument).trim() : 'nothing'}`,
    'Reverse a list property, a list literal or a list function (split, collect, nodes …), a string property or function, or a variable bound once by WITH to one of those.');
};

/**
 * `startNode(r)`, `endNode(r)`: the node the pattern that binds r names at that end, or for an
 * undirected pattern the end whose id is the relationship's source (target). Both ends must be named.
 */
const endOf = (end: 'start' | 'end'): FunctionRewrite => ([relationship = ''], call, ctx) => {
  const { parsed } = ctx;
  const advice = 'Name both ends where r is matched, as MATCH (a)-[r]->(b), and use a or b.';
  const pattern = descendantsNamed(parsed, parsed.tree, 'relationshipPattern').find((each) => {
    const variable = childNamed(parsed, each, 'variable');
    return variable && textOf(parsed, variable) === relationship.replace(/^`|`$/g, '');
  });
  const siblings = pattern?.parent ? childrenOf(pattern.parent) : [];
  const at = pattern ? siblings.indexOf(pattern) : -1;
  const [before, after] = [siblings[at - 1], siblings[at + 1]].map((node) => node && childNamed(parsed, node, 'variable'));
  const left = pattern && childNamed(parsed, pattern, 'leftArrow');
  const right = pattern && childNamed(parsed, pattern, 'rightArrow');
  if (!pattern || !before || !after || childNamed(parsed, pattern, 'pathLength')) {
    refuse(call, `${end === 'start' ? 'startNode' : 'endNode'}(${relationship})`, advice);
  }
  if (Boolean(left) === Boolean(right)) {
    // undirected: the stored direction decides, read from the relationship's own source or target
    // (the engine's start_node(r) answers the pattern's left node instead)
    const [one, other] = [ctx.render(before), ctx.render(after)];
    return `(CASE WHEN id(${one}) = struct_extract(${relationship}, '${end === 'start' ? '_src' : '_dst'}') THEN ${one} ELSE ${other} END)`;
  }
  const start = right ? before : after;
  return ctx.render(end === 'start' ? start : right ? after : before);
};

const REWRITES: Record<string, FunctionRewrite> = {
  date: rewriteDate,
  startnode: endOf('start'),
  endnode: endOf('end'),
  ...CONVERSION_REWRITES,
  replace,
  reverse,
  tail: ([list = '']) => `list_slice(${list}, 2, size(${list}))`,
  isempty: ([value = '']) => `(size(${value}) = 0)`,
  labels,
  sum: orEmpty('0'),
  collect: orEmpty('[]'),
  type: ([relationship]) => `label(${relationship})`,
  id: identity,
  elementid: identity,
  properties: (args, call, ctx) => toPropertiesColumn(args[0] ?? '', call, ctx),
  relationships: ([path]) => `rels(${path})`,
  substring,
  split,
  head: ([list]) => `list_extract(${list}, 1)`,
  last: ([list]) => `list_extract(${list}, -1)`,
};

/** Functions that exist on the embedded store but answer differently, with what to write instead. */
const REFUSED: Record<string, string> = {
  keys: 'The embedded store lists every property of the table, null ones included; RETURN the node and read its properties.',
  exists: 'Write n.property IS NOT NULL.',
  datetime: 'Dates are stored as ISO strings: compare strings, e.g. d.date >= "2026-01-01".',
};

/** Neo4j's functions in Kuzu's words; the ones that would answer differently are refused. */
export const rewriteFunction = (node: CstNode, ctx: RewriteContext): string | undefined => {
  const nameNode = childNamed(ctx.parsed, node, 'functionName');
  const name = nameNode ? textOf(ctx.parsed, nameNode).replace(/\s+/g, '') : '';
  const advice = REFUSED[name.toLowerCase()];
  if (advice !== undefined) refuse(node, `The function ${name}()`, advice);
  const rewrite = REWRITES[name.toLowerCase()];
  if (!rewrite) return undefined;
  const args = childrenNamed(ctx.parsed, node, 'functionArgument').map((arg) => ctx.render(arg));
  return rewrite(args, node, ctx);
};

/**
 * `properties(n)` as a whole RETURN item becomes `n`, and the adapter keeps only the properties of
 * the values in that column; anywhere else Kuzu has no equivalent.
 */
export function toPropertiesColumn(value: string, call: CstNode, ctx: RewriteContext): string {
  const column = columnOfItsOwn(call, ctx);
  if (column === undefined) {
    refuse(call, 'properties() inside an expression', 'Return properties(n) as a column of its own, or read n.key.');
  }
  ctx.propertiesColumns.push(column);
  return value;
}
