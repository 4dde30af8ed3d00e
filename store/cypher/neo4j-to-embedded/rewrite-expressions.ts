import { NODE_TABLES, REL_TABLES } from '../../../model/graph-model.ts';
import { toKuzuName } from './kuzu-keywords.ts';
import { MAP_STAR_KEY } from './map-star.ts';
import { columnOfItsOwn } from './return-columns.ts';
import { isDateCall, renderDateField } from './rewrite-dates.ts';
import { toPropertiesColumn } from './rewrite-functions.ts';
import type { RewriteContext } from './rewrite-context.ts';
import { alternativeOf, childNamed, childrenNamed, childrenOf, refuse, ruleOf, textOf, type CstNode } from './syntax-tree.ts';

/** `properties(n).key` is just `n.key`. */
function propertiesArgument(expression1: CstNode, ctx: RewriteContext): CstNode | undefined {
  const call = childNamed(ctx.parsed, expression1, 'functionInvocation');
  const name = call && childNamed(ctx.parsed, call, 'functionName');
  if (!call || !name || textOf(ctx.parsed, name).toLowerCase() !== 'properties') return undefined;
  return childNamed(ctx.parsed, call, 'functionArgument');
}

/** Lists count from 0 in Neo4j and from 1 in Kuzu: literal indexes and slices are shifted; others refused. */
function renderPostfix(base: string, postfix: CstNode, ctx: RewriteContext): string {
  const { parsed } = ctx;
  const kind = alternativeOf(postfix);
  // Kuzu's grammar reads no property after an index (`nodes(p)[1].name`): the element is bracketed first
  if (kind === 'PropertyPostfixContext') return base.endsWith(']') ? `(${base})${ctx.render(postfix)}` : `${base}${ctx.render(postfix)}`;
  const [first] = childrenNamed(parsed, postfix, 'expression').map((each) => textOf(parsed, each).trim());
  if (kind === 'IndexPostfixContext' && first !== undefined) {
    if (/^-\d+$/.test(first)) return `${base}[${first}]`;
    if (/^\d+$/.test(first)) return `${base}[${Number(first) + 1}]`;
    if (/^'[A-Za-z_]\w*'$|^"[A-Za-z_]\w*"$/.test(first)) return `${base}.${toKuzuName(first.slice(1, -1))}`;
    refuse(postfix, `The index ${textOf(parsed, postfix)}`, 'Use a literal index, e.g. list[0], or a literal key, n["name"].');
  }
  const children = childrenOf(postfix);
  const dots = children.findIndex((child) => textOf(parsed, child) === '..');
  const bound = (child: CstNode | undefined) => (child && ruleOf(parsed, child) === 'expression' ? textOf(parsed, child).trim() : undefined);
  const from = bound(children[dots - 1]);
  const to = bound(children[dots + 1]);
  if (![from, to].every((each) => each === undefined || /^\d+$/.test(each))) {
    refuse(postfix, `The slice ${textOf(parsed, postfix)}`, 'Use non-negative literal bounds, e.g. list[1..3].');
  }
  // Kuzu's list_slice counts from 1 and includes its end; Neo4j's slice counts from 0 and excludes it.
  return `list_slice(${base}, ${from === undefined ? 1 : Number(from) + 1}, ${to ?? `size(${base})`})`;
}

/** An expression followed by `.key`, `[i]` or `[i..j]`. */
export const rewritePostfixes = (node: CstNode, ctx: RewriteContext): string | undefined => {
  const [expression1, ...postfixes] = childrenOf(node);
  if (!expression1 || postfixes.length === 0) return undefined;
  const inner = propertiesArgument(expression1, ctx);
  const plain = inner && alternativeOf(postfixes[0]!) === 'PropertyPostfixContext';
  const call = childNamed(ctx.parsed, expression1, 'functionInvocation');
  if (call && isDateCall(call, ctx)) {
    const [field, ...more] = postfixes;
    if (alternativeOf(field!) !== 'PropertyPostfixContext') refuse(field!, 'An index into a date', 'Read .year, .month or .day.');
    return more.reduce((base, postfix) => renderPostfix(base, postfix, ctx), renderDateField(ctx.render(expression1), field!, ctx));
  }
  return postfixes.reduce((base, postfix) => renderPostfix(base, postfix, ctx), plain ? ctx.render(inner) : ctx.render(expression1));
};

/** `[x IN list WHERE p | e]` → `list_transform(list_filter(list, x -> p), x -> e)`. */
export const rewriteListComprehension = (node: CstNode, ctx: RewriteContext): string => {
  const { parsed } = ctx;
  const variable = ctx.render(childNamed(parsed, node, 'variable')!);
  const [list, ...rest] = childrenNamed(parsed, node, 'expression');
  const hasWhere = Boolean(childNamed(parsed, node, '#WHERE'));
  const where = hasWhere ? rest[0] : undefined;
  const projection = childNamed(parsed, node, '#|') ? rest[rest.length - 1] : undefined;
  let out = ctx.render(list!);
  if (where) out = `list_filter(${out}, ${variable} -> ${ctx.render(where)})`;
  if (projection) out = `list_transform(${out}, ${variable} -> ${ctx.render(projection)})`;
  return out;
};

/** `n {.name, total: x, v}` → `{name: n.name, total: x, v: v}`; `.*` has no equivalent. */
export const rewriteMapProjection = (node: CstNode, ctx: RewriteContext): string => {
  const { parsed } = ctx;
  const subject = ctx.render(childNamed(parsed, node, 'variable')!);
  const elements = childrenNamed(parsed, node, 'mapProjectionElement');
  // `n {.*}` alone is properties(n), which a RETURN column of its own can answer
  if (elements.length === 1 && textOf(parsed, elements[0]!).replace(/\s+/g, '') === '.*') return toPropertiesColumn(subject, node, ctx);
  const star = elements.find((element) => textOf(parsed, element).replace(/\s+/g, '') === '.*');
  const entries = elements.filter((element) => element !== star).map((element) => {
    const key = childNamed(parsed, element, 'propertyKeyName');
    const property = childNamed(parsed, element, 'property');
    const variable = childNamed(parsed, element, 'variable');
    const value = childNamed(parsed, element, 'expression');
    if (key && value) return `${textOf(parsed, key)}: ${ctx.render(value)}`;
    if (property) return `${textOf(parsed, property).slice(1).trim()}: ${subject}${ctx.render(property)}`;
    if (variable) return `${textOf(parsed, variable)}: ${ctx.render(variable)}`;
    return refuse(element, 'The map projection .*', 'List the properties, e.g. n {.name, .id}, or return n.');
  });
  return star ? toMapStarColumn(subject, node, elements.filter((element) => element !== star), entries, ctx) : `{${entries.join(', ')}}`;
};

/** Property names that are Kuzu keywords (`r.end`, `r.start`) are back-quoted. */
export const rewritePropertyKeyName = (node: CstNode, ctx: RewriteContext): string => toKuzuName(textOf(ctx.parsed, node));

/** Every property name of the model: a key written beside `.*` must not be one, or which value wins would matter. */
const PROPERTY_NAMES = new Set([...NODE_TABLES, ...REL_TABLES].flatMap((table) => Object.keys(table.properties)));

/**
 * `n {.*, k: v}` as a whole RETURN item: the engine returns `{${MAP_STAR_KEY}: n, k: v}` and the
 * adapter spreads n's properties (those holding a value, as Neo4j's `.*` does) under the other keys.
 */
function toMapStarColumn(subject: string, node: CstNode, others: CstNode[], entries: string[], ctx: RewriteContext): string {
  const column = columnOfItsOwn(node, ctx);
  if (column === undefined) refuse(node, 'The map projection .* beside other keys, inside an expression', 'Return it as a column of its own.');
  for (const element of others) {
    const key = childNamed(ctx.parsed, element, 'propertyKeyName') ?? childNamed(ctx.parsed, element, 'variable');
    if (key && PROPERTY_NAMES.has(textOf(ctx.parsed, key))) {
      refuse(element, `The key ${textOf(ctx.parsed, key)} beside .*`, 'Give it a name that is not a property, e.g. n {.*, total: x}.');
    }
  }
  ctx.mapStarColumns.push(column);
  return `{${[`${MAP_STAR_KEY}: ${subject}`, ...entries].join(', ')}}`;
}
