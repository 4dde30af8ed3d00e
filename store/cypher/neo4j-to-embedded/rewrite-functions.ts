import { renderDefault, type RewriteContext } from './rewrite-context.ts';
import { childNamed, childrenNamed, refuse, ruleOf, spanOf, textOf, type CstNode } from './syntax-tree.ts';

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

/** Neo4j rounds half-way values up (round(-2.5) = -2.0); Kuzu rounds them away from zero. */
const round: FunctionRewrite = ([value = '', ...precision], call) => {
  if (precision.length > 0) refuse(call, 'round() with a precision', 'Round to a whole number with round(x), or scale first: round(x * 100) / 100.0.');
  return `floor((${value}) + 0.5)`;
};

/** Neo4j truncates towards zero (toInteger(3.9) = 3, toInteger(-3.9) = -3); Kuzu's cast rounds. */
const toInteger: FunctionRewrite = ([value = ''], call) => {
  if (/^['"]/.test(value)) refuse(call, 'toInteger() of a string', 'Compare the string, or store the number as a number.');
  return `CAST(CASE WHEN (${value}) < 0 THEN ceil(${value}) ELSE floor(${value}) END AS INT64)`;
};

/** `replace(s, 'a.b', 'x')`: every occurrence of a literal text, said as a regular expression that matches only it. */
const replace: FunctionRewrite = ([text = '', search = '', replacement = ''], call) => {
  const literal = /^'([^'\\]+)'$|^"([^"\\]+)"$/.exec(search);
  if (!literal || !/^'[^'\\]*'$|^"[^"\\]*"$/.test(replacement)) {
    refuse(call, 'replace() with a search text or replacement that is not a plain string literal', "Write both as literals without quotes or backslashes inside: replace(n.name, '.', ' ').");
  }
  const pattern = (literal[1] ?? literal[2]!).replace(/[.*+?^${}()|[\]\\]/g, (char) => `\\\\${char}`);
  return `regexp_replace(${text}, '${pattern}', ${replacement}, 'g')`;
};

/** Over no rows, or only nulls, Neo4j's sum is 0 and collect is []; Kuzu's are null. */
const orEmpty = (empty: string): FunctionRewrite => (_args, call, ctx) => `coalesce(${renderDefault(call, ctx)}, ${empty})`;

const REWRITES: Record<string, FunctionRewrite> = {
  labels,
  sum: orEmpty('0'),
  collect: orEmpty('[]'),
  type: ([relationship]) => `label(${relationship})`,
  id: identity,
  elementid: identity,
  properties: (args, call, ctx) => toPropertiesColumn(args[0] ?? '', call, ctx),
  relationships: ([path]) => `rels(${path})`,
  substring,
  split: ([text, separator]) => `string_split(${text}, ${separator})`,
  head: ([list]) => `list_extract(${list}, 1)`,
  round,
  tointeger: toInteger,
  tofloat: ([value]) => `CAST((${value}) AS DOUBLE)`,
  replace,
  last: ([list]) => `list_extract(${list}, -1)`,
};

/** Functions that exist on the embedded store but answer differently, with what to write instead. */
const REFUSED: Record<string, string> = {
  keys: 'The embedded store lists every property of the table, null ones included; RETURN the node and read its properties.',
  tostring: 'Compare or return the value itself; the embedded store formats numbers differently (1.5 → "1.500000").',
  exists: 'Write n.property IS NOT NULL.',
  date: 'Dates are stored as ISO strings: compare strings, e.g. d.date >= "2026-01-01".',
  datetime: 'Dates are stored as ISO strings: compare strings, e.g. d.date >= "2026-01-01".',
  startnode: 'Name the start node in the pattern: MATCH (a)-[r]->(b).',
  endnode: 'Name the end node in the pattern: MATCH (a)-[r]->(b).',
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
function toPropertiesColumn(value: string, call: CstNode, ctx: RewriteContext): string {
  const item = returnItemAround(call, ctx);
  if (!item) {
    refuse(call, 'properties() inside an expression', 'Return properties(n) as a column of its own, or read n.key.');
  }
  const alias = childNamed(ctx.parsed, item, 'variable');
  ctx.propertiesColumns.push(alias ? textOf(ctx.parsed, alias) : textOf(ctx.parsed, item));
  return value;
}

/** The RETURN item whose whole expression is `call`, if there is one. */
function returnItemAround(call: CstNode, ctx: RewriteContext): CstNode | undefined {
  const span = spanOf(call);
  let node = call.parent;
  while (node && ruleOf(ctx.parsed, node) !== 'returnItem') {
    const outer = spanOf(node);
    if (outer?.start !== span?.start || outer?.end !== span?.end) return undefined;
    node = node.parent;
  }
  const inReturn = node?.parent?.parent?.parent && ruleOf(ctx.parsed, node.parent.parent.parent) === 'returnClause';
  return inReturn ? (node ?? undefined) : undefined;
}
