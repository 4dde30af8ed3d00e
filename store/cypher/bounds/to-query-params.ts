import { CypherQueryError } from '../../../model/errors.ts';
import { descendantsNamed, textOf, type ParsedCypher } from '../neo4j-to-embedded/syntax-tree.ts';
import { formatCount } from './constant-integer.ts';
import { PARAM_LIMITS } from './query-limits.ts';

const ALLOWED =
  'Parameters may be null, true or false, numbers, strings, lists of one type ([1, 2], ["a", "b"], [[1], [2, 3]]) ' +
  `and maps ({"a": 1}), lists and maps at most ${PARAM_LIMITS.maxDepth} deep.`;

interface Count {
  values: number;
}

/**
 * The user's parameters as the store may be given them: checked, and each map's keys in one order
 * (the embedded store matches the maps of a list by position). Throws CYPHER_BAD_PARAMS naming the
 * first parameter that cannot be passed, and, given the parsed query, a parameter it uses but lacks.
 * @example toQueryParams({ ids: ['a', 'b'] }) // { ids: ['a', 'b'] }; { p: [1, 'two'] } throws
 */
export function toQueryParams(params: Readonly<Record<string, unknown>>, parsed?: ParsedCypher): Record<string, unknown> {
  const names = Object.keys(params);
  if (names.length > PARAM_LIMITS.maxParams) {
    throw new CypherQueryError(`params has ${names.length} parameters; at most ${PARAM_LIMITS.maxParams} are allowed.`, 'CYPHER_BAD_PARAMS');
  }
  const count: Count = { values: 0 };
  const checked = Object.fromEntries(names.map((name) => [name, toValue(params[name], name, 0, count)]));
  for (const used of parsed ? descendantsNamed(parsed, parsed.tree, 'parameterName') : []) {
    const name = textOf(parsed!, used).replace(/^`|`$/g, '');
    if (!(name in checked)) {
      throw new CypherQueryError(`The query uses $${name}, which params does not give: add it, e.g. "params": {"${name}": …}.`, 'CYPHER_BAD_PARAMS');
    }
  }
  return checked;
}

function toValue(value: unknown, path: string, depth: number, count: Count): unknown {
  if (++count.values > PARAM_LIMITS.maxValues) refuse(path, `brings the parameters past ${formatCount(PARAM_LIMITS.maxValues)} values in all`);
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) refuse(path, 'is not a finite number');
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
      refuse(path, `is a whole number beyond ±${formatCount(Number.MAX_SAFE_INTEGER)}, which cannot be passed exactly; send it as a string`);
    }
    return value;
  }
  if (typeof value === 'string') {
    if (value.length > PARAM_LIMITS.maxStringLength) refuse(path, `is a string of ${formatCount(value.length)} characters; at most ${formatCount(PARAM_LIMITS.maxStringLength)} are allowed`);
    if (/\p{Cs}/u.test(value)) refuse(path, 'is a string that is not valid Unicode (it holds a lone surrogate)');
    return value;
  }
  if (depth + 1 > PARAM_LIMITS.maxDepth) refuse(path, `nests lists and maps more than ${PARAM_LIMITS.maxDepth} deep`);
  if (Array.isArray(value)) return toList(value, path, depth, count);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return toMap(value as Record<string, unknown>, path, depth, count);
  return refuse(path, 'is not a JSON value');
}

function toList(list: unknown[], path: string, depth: number, count: Count): unknown[] {
  if (list.length > PARAM_LIMITS.maxListLength) refuse(path, `is a list of ${formatCount(list.length)} elements; at most ${formatCount(PARAM_LIMITS.maxListLength)} are allowed`);
  if (list.length === 0 && depth > 0) refuse(path, 'is an empty list inside a list or map, whose type the embedded store cannot tell; leave it out or use null');
  const items = list.map((item, index) => toValue(item, `${path}[${index}]`, depth + 1, count));
  const shapes = items.map(shapeOf);
  const nullAt = shapes.indexOf('null');
  if (nullAt !== -1) refuse(`${path}[${nullAt}]`, 'is null inside a list; lists hold values of one type, without nulls');
  const numbers = shapes.every((shape) => shape === 'integer' || shape === 'float');
  // a top-level list mixing whole numbers and fractions is passed as fractions (see rewriteParameter); deeper, 2 would be read as a whole number
  if (numbers && depth === 0) return items;
  const other = shapes.findIndex((shape) => shape !== shapes[0]);
  if (other !== -1) {
    const mixed = numbers ? ': whole numbers and fractions mix only in a list that is a parameter of its own' : '';
    refuse(`${path}[${other}]`, `is ${describe(shapes[other]!)} in a list that starts with ${describe(shapes[0]!)}; lists hold values of one type${mixed}`);
  }
  return items;
}

function toMap(map: Record<string, unknown>, path: string, depth: number, count: Count): Record<string, unknown> {
  const keys = Object.keys(map).sort();
  if (keys.length === 0) refuse(path, 'is an empty map; use null');
  if (keys.length > PARAM_LIMITS.maxMapKeys) refuse(path, `is a map of ${keys.length} keys; at most ${PARAM_LIMITS.maxMapKeys} are allowed`);
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const at = `${path}.${key}`;
    if (map[key] === null) refuse(at, 'is null inside a map; leave the key out instead');
    out[key] = toValue(map[key], at, depth + 1, count);
  }
  return out;
}

/** A value's type as the embedded store would read it: the same string for values it reads alike. */
function shapeOf(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'float';
  if (typeof value !== 'object') return typeof value;
  if (Array.isArray(value)) return `list of ${value.length > 0 ? shapeOf(value[0]) : 'nothing'}`;
  return `map {${Object.entries(value).map(([key, inner]) => `${key}: ${shapeOf(inner)}`).join(', ')}}`;
}

function describe(shape: string): string {
  if (shape === 'integer') return 'a whole number';
  if (shape === 'float') return 'a fraction';
  return /^[aeiou]/.test(shape) ? `an ${shape}` : `a ${shape}`;
}

function refuse(path: string, problem: string): never {
  throw new CypherQueryError(`Parameter "${path}" ${problem}. ${ALLOWED}`, 'CYPHER_BAD_PARAMS');
}
