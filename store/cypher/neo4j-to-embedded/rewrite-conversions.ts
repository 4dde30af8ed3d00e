import { NODE_TABLES, REL_TABLES, type PropertyType } from '../../../model/graph-model.ts';
import { readLiteral, toKuzuLiteral, toNeo4jBoolean, toNeo4jFloat, toNeo4jInteger, toNeo4jRounded, toNeo4jString, type LiteralValue } from './neo4j-literals.ts';
import type { RewriteContext } from './rewrite-context.ts';
import { columnOfItsOwn, isInSortedReturn } from './return-columns.ts';
import { childrenNamed, descendantsNamed, refuse, textOf, type CstNode } from './syntax-tree.ts';

/** A function's rewrite from its rendered arguments, its call and the arguments' own text. */
export type ConversionRewrite = (args: string[], call: CstNode, ctx: RewriteContext) => string;

/** Each property name's types across the model's tables: `mentions` is INT64 wherever it is. */
const PROPERTY_TYPES = new Map<string, Set<PropertyType>>();
for (const table of [...NODE_TABLES, ...REL_TABLES]) {
  for (const [key, type] of Object.entries(table.properties)) {
    PROPERTY_TYPES.set(key, (PROPERTY_TYPES.get(key) ?? new Set()).add(type));
  }
}

/** The one type the argument has whatever it is read from, when the query text shows it; else undefined. */
export function typeOf(text: string): PropertyType | 'LIST' | undefined {
  const trimmed = text.trim();
  const property = /^[A-Za-z_]\w*\.([A-Za-z_]\w*)$/.exec(trimmed);
  if (property) {
    const types = PROPERTY_TYPES.get(property[1]!);
    const type = types?.size === 1 ? [...types][0] : undefined;
    return type?.endsWith('[]') ? 'LIST' : type;
  }
  if (trimmed.startsWith('[')) return 'LIST';
  const call = /^([A-Za-z_]\w*)\s*\(/.exec(trimmed)?.[1]?.toLowerCase();
  if (!call || !trimmed.endsWith(')')) return /^'[^']*'$|^"[^"]*"$/.test(trimmed) ? 'STRING' : undefined;
  if (['size', 'length', 'count', 'char_length', 'character_length'].includes(call)) return 'INT64';
  if (['tolower', 'toupper', 'lower', 'upper', 'trim', 'ltrim', 'rtrim', 'substring', 'replace', 'left', 'right', 'tostring', 'type'].includes(call)) return 'STRING';
  if (['split', 'collect', 'nodes', 'relationships', 'range', 'labels', 'tail', 'keys'].includes(call)) return 'LIST';
  return trimmed.startsWith('[') ? 'LIST' : undefined;
}

function literalArgument(call: CstNode, ctx: RewriteContext): LiteralValue | undefined {
  const [argument, other] = childrenNamed(ctx.parsed, call, 'functionArgument');
  return argument && !other ? readLiteral(textOf(ctx.parsed, argument)) : undefined;
}

function argumentText(call: CstNode, ctx: RewriteContext): string {
  const [argument] = childrenNamed(ctx.parsed, call, 'functionArgument');
  return argument ? textOf(ctx.parsed, argument) : '';
}

/** `toString(x)`: a literal is converted here; a whole number or string read as Neo4j writes it; a float refused. */
const toStringRewrite: ConversionRewrite = ([value = ''], call, ctx) => {
  const literal = literalArgument(call, ctx);
  if (literal) return toKuzuLiteral(toNeo4jString(literal));
  const type = typeOf(argumentText(call, ctx));
  if (type === 'STRING') return value;
  if (type === 'INT64') return `cast(${value} AS STRING)`;
  // as a column of its own, the adapter writes the value as Neo4j does, knowing the column's type
  const column = columnOfItsOwn(call, ctx);
  // beside a UNION the engine may turn the other part's column into text its own way first
  const union = descendantsNamed(ctx.parsed, ctx.parsed.tree, '#UNION').length > 0;
  if (column !== undefined && !isInSortedReturn(call, ctx) && !union) {
    ctx.textColumns.push(column);
    return value;
  }
  return refuse(call, `toString() of ${argumentText(call, ctx).trim()} inside an expression`,
    'The embedded store writes fractions and booleans differently (1.5 as "1.500000"); return toString(x) as a column of its own in a RETURN without ORDER BY or UNION, or call it on a whole-number or text property.');
};

/** `toInteger(x)` truncates in Neo4j; the embedded store's cast rounds, so numbers are truncated first. */
const toIntegerRewrite: ConversionRewrite = ([value = ''], call, ctx) => {
  const literal = literalArgument(call, ctx);
  if (literal) return toKuzuLiteral(toNeo4jInteger(literal), true);
  const type = typeOf(argumentText(call, ctx));
  if (type === 'INT64') return value;
  if (type === 'DOUBLE') return `cast(CASE WHEN ${value} < 0 THEN ceil(${value}) ELSE floor(${value}) END AS INT64)`;
  return refuse(call, `toInteger() of ${argumentText(call, ctx).trim()}`,
    'The embedded store cannot tell here whether the value is a number or a string; use toInteger() on a literal or a numeric property, or floor(x) on a number.');
};

const toFloatRewrite: ConversionRewrite = ([value = ''], call, ctx) => {
  const literal = literalArgument(call, ctx);
  if (literal && typeof literal.value !== 'boolean') return toKuzuLiteral(toNeo4jFloat(literal), false);
  const type = typeOf(argumentText(call, ctx));
  if (type === 'INT64' || type === 'DOUBLE') return `cast(${value} AS DOUBLE)`;
  return refuse(call, `toFloat() of ${argumentText(call, ctx).trim()}`, 'Use toFloat() on a literal or a numeric property, or multiply by 1.0.');
};

const toBooleanRewrite: ConversionRewrite = (_args, call, ctx) => {
  const literal = literalArgument(call, ctx);
  if (literal) return toKuzuLiteral(toNeo4jBoolean(literal));
  return refuse(call, `toBoolean() of ${argumentText(call, ctx).trim()}`, "Compare the value instead, e.g. toLower(x) = 'true'.");
};

/**
 * `round(x)` rounds halves up (round(-2.5) = -2.0); the embedded store's round(x, 0) rounds them away
 * from zero, so halves are caught first. A precision or a rounding mode is refused.
 */
const roundRewrite: ConversionRewrite = ([value = '', precision], call, ctx) => {
  if (precision !== undefined) {
    const args = childrenNamed(ctx.parsed, call, 'functionArgument').map((argument) => readLiteral(textOf(ctx.parsed, argument)));
    const [number, places] = args;
    const rounded = typeof number?.value === 'number' && places?.integer && args.length === 2 ? toNeo4jRounded(number.value, Number(places.value)) : undefined;
    if (rounded !== undefined) return toKuzuLiteral(rounded, false);
    refuse(call, 'round() with a precision', 'The embedded store rounds a decimal half differently; round(x * 100) / 100.0 rounds to two places as round(x) does.');
  }
  return `CASE WHEN ${value} - floor(${value}) = 0.5 THEN floor(${value}) + 1.0 ELSE cast(round(${value}, 0) AS DOUBLE) END`;
};

/** Neo4j's conversion functions, by lower-case name. */
export const CONVERSION_REWRITES: Record<string, ConversionRewrite> = {
  tostring: toStringRewrite,
  tointeger: toIntegerRewrite,
  tofloat: toFloatRewrite,
  toboolean: toBooleanRewrite,
  round: roundRewrite,
};
