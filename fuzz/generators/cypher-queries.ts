import fc from 'fast-check';
import { edgeIntegers, expressions, LABELS, stringLiterals, TYPES } from './cypher-expressions.ts';
import { paramValues } from './param-values.ts';

/** One generated console query: the shape it was built from (for the counts), the text and its parameters. */
export interface CypherCase {
  shape: string;
  query: string;
  params: Record<string, unknown>;
}

const label = fc.constantFrom('', ...LABELS.map((each) => `:${each}`));
const type = fc.constantFrom('', ...TYPES.map((each) => `:${each}`), ':SAID|ABOUT', ':`IN`');
const paging = fc.tuple(fc.option(edgeIntegers), fc.option(edgeIntegers)).map(([skip, limit]) => `${skip === null ? '' : ` SKIP ${skip}`}${limit === null ? '' : ` LIMIT ${limit}`}`);
const orderKeys = (v: string) => fc.array(fc.constantFrom(`${v}.name`, `${v}.id`, `${v}.mentions`, `${v}.date`, `${v}`), { minLength: 1, maxLength: 14 }).map((keys) => keys.join(', '));
const withParams = (params: fc.Arbitrary<Record<string, unknown>>) => params;
const someParams = withParams(fc.record({ p: paramValues, q: paramValues }, { requiredKeys: [] }));

/** The shapes the fuzzer builds queries from, the engine's known crash shapes among them. */
const SHAPES: Record<string, fc.Arbitrary<Omit<CypherCase, 'shape'>>> = {
  'match-return': fc
    .tuple(label, fc.option(expressions(['n'])), expressions(['n']), fc.option(orderKeys('n')), paging, someParams)
    .map(([l, where, ret, order, page, params]) => ({
      query: `MATCH (n${l})${where ? ` WHERE ${where}` : ''} RETURN ${ret} AS v${order ? ` ORDER BY ${order}` : ''}${page}`,
      params,
    })),
  'order-skip-limit': fc
    .tuple(label, orderKeys('n'), edgeIntegers, fc.integer({ min: 0, max: 10 }), fc.boolean())
    .map(([l, order, skip, limit, inWith]) => ({
      query: inWith
        ? `MATCH (n${l}) WITH n ORDER BY ${order} SKIP ${skip} LIMIT ${limit} RETURN n.id AS id`
        : `MATCH (n${l}) RETURN n.id AS id ORDER BY ${order} SKIP ${skip} LIMIT ${limit}`,
      params: {},
    })),
  'skip-parameter': fc.tuple(paramValues, paramValues).map(([s, l]) => ({ query: 'MATCH (n) RETURN n.id AS id ORDER BY id SKIP $p LIMIT $q', params: { p: s, q: l } })),
  unwind: fc
    .tuple(expressions([]), expressions(['x']), fc.option(orderKeys('x')), paging, someParams)
    .map(([list, ret, order, page, params]) => ({ query: `UNWIND ${list} AS x RETURN ${ret} AS v${order ? ` ORDER BY ${order}` : ''}${page}`, params })),
  range: fc
    .tuple(edgeIntegers, edgeIntegers, fc.constantFrom('count(x)', 'sum(x)', 'collect(x)[0]', 'x'))
    .map(([a, b, ret]) => ({ query: `UNWIND range(${a}, ${b}) AS x RETURN ${ret} AS v`, params: {} })),
  'with-chain': fc
    .tuple(fc.oneof(stringLiterals, fc.constant('[1, 2, 3]'), fc.constant('collect(n.name)')), fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 8 }))
    .map(([start, copies]) => ({
      query: `MATCH (n) WITH ${start} AS s ${copies.map((k) => `WITH ${Array(k).fill('s').join(' + ')} AS s`).join(' ')} RETURN size(s) AS v`,
      params: {},
    })),
  'variable-length': fc
    .tuple(label, type, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), fc.constantFrom('count(*)', 'collect(b.id)[0]', 'size(relationships(p))'))
    .map(([l, t, min, max, ret]) => ({ query: `MATCH p = (a${l})-[r${t}*${min}..${max}]-(b) RETURN ${ret} AS v LIMIT 10`, params: {} })),
  'return-parameter': fc.record({ p: paramValues }).map((params) => ({ query: 'RETURN $p AS v', params })),
  'parameter-uses': fc
    .tuple(paramValues, fc.constantFrom('size($p)', '$p[0]', '$p.a', 'x', '$p + $p', '[y IN $p | y]', 'coalesce($p, 1)'))
    .map(([p, ret]) => ({ query: `UNWIND [1] AS x WITH x WHERE $p IS NOT NULL OR true RETURN ${ret} AS v`, params: { p } })),
  nesting: fc
    .tuple(fc.constantFrom('(', '[', 'size(', 'coalesce(', '-(', 'NOT ('), fc.integer({ min: 1, max: 3_000 }))
    .map(([open, depth]) => {
      const close = open === '[' ? ']' : ')';
      return { query: `RETURN ${open.repeat(depth)}1${close.repeat(depth)} AS v`, params: {} };
    }),
  'operator-chain': fc
    .tuple(fc.constantFrom('+', '*', 'AND', 'OR', '=', '||', '-'), fc.integer({ min: 1, max: 9_000 }))
    .map(([op, length]) => ({ query: `RETURN ${Array(length).fill(op === 'AND' || op === 'OR' ? 'true' : '1').join(` ${op} `)} AS v`, params: {} })),
  'long-list': fc.integer({ min: 0, max: 6_000 }).map((length) => ({ query: `RETURN size([${Array(length).fill('1').join(',')}]) AS v`, params: {} })),
  'clause-soup': fc
    .array(fc.constantFrom('MATCH (n)', 'OPTIONAL MATCH (n)-[r]->(m)', 'WITH n', 'WITH *', 'UNWIND [1, 2] AS x', 'WHERE n.id IS NOT NULL', 'RETURN n', 'RETURN count(*)', 'UNION', 'UNION ALL', 'CALL db.labels()', 'ORDER BY n.id', 'SKIP 1', 'LIMIT 1', ';', 'CREATE (x)', 'DETACH DELETE n', '//', '/*', '`', "'"), { maxLength: 8 })
    .map((clauses) => ({ query: clauses.join(' ') || ' ', params: {} })),
  'unicode-text': fc.string({ unit: 'binary', maxLength: 60 }).map((text) => ({ query: text, params: {} })),
};

export const CYPHER_SHAPES = Object.keys(SHAPES);

/** Console queries of every shape, tagged with their shape. */
export const cypherCases: fc.Arbitrary<CypherCase> = fc.oneof(
  ...Object.entries(SHAPES).map(([shape, arbitrary]) => arbitrary.map((each) => ({ shape, ...each }))),
);

/** Queries of one shape. */
export function cypherCasesOf(shape: string): fc.Arbitrary<CypherCase> {
  const arbitrary = SHAPES[shape];
  if (!arbitrary) throw new Error(`Unknown shape "${shape}". Expected one of: ${CYPHER_SHAPES.join(', ')}`);
  return arbitrary.map((each) => ({ shape, ...each }));
}
