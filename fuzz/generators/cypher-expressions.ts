import fc from 'fast-check';

/** Labels, types and properties of the sample graph, and names that are not there. */
export const LABELS = ['Person', 'Agency', 'Organization', 'Place', 'Event', 'Document', 'Quote', 'Nope'];
export const TYPES = ['SAID', 'ABOUT', 'IN', 'MENTIONS', 'SAID_ABOUT', 'AFFILIATED_WITH', 'PART_OF', 'INVOLVES', 'NOPE'];
const PROPERTIES = ['id', 'name', 'mentions', 'aliases', 'text', 'date', 'startOffset', 'count', 'role', 'nope'];
/** Functions users reach for, Neo4j's and the embedded store's own, and names of neither. */
const FUNCTIONS = [
  'size', 'toLower', 'toUpper', 'coalesce', 'head', 'last', 'tail', 'reverse', 'abs', 'sqrt', 'split', 'substring', 'left',
  'right', 'trim', 'replace', 'labels', 'type', 'id', 'keys', 'properties', 'nodes', 'relationships', 'length', 'count',
  'collect', 'sum', 'min', 'max', 'avg', 'range', 'toString', 'toInteger', 'round', 'repeat', 'lpad', 'list_concat', 'apoc.text.join', 'nosuch',
];

/** Whole numbers around the edges: 32, 53 and 64 bits, and past them. */
export const edgeIntegers = fc.oneof(
  fc.integer({ min: -5, max: 20 }),
  fc.constantFrom(1_000, 15_000, 20_000, 65_536, 100_000, 2 ** 31, 2 ** 53 - 1, 2 ** 53 + 2),
  fc.constantFrom('9223372036854775807', '9223372036854775808', '-9223372036854775808', '99999999999999999999999'),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
).map(String);

const floats = fc.oneof(fc.constantFrom('1.5', '0.0', '-0.0', '1e308', '1e309', '2.5e-324', '.5', '1.'), fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => String(x)));

/** A Cypher string literal of any text, quoted and escaped. */
export const stringLiterals = fc
  .string({ unit: fc.oneof(fc.constantFrom('a', 'é', '\'', '\\', '"', '\n', '\u0000', '𝄞', '\u202e', '\ud800'), fc.string({ unit: 'grapheme', maxLength: 1 })), maxLength: 12 })
  .map((text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`);

/** Expressions over some variables, `depth` levels deep at most. */
export function expressions(variables: readonly string[], depth = 3): fc.Arbitrary<string> {
  const { expression } = fc.letrec<{ expression: string }>((tie) => {
    const sub = tie('expression');
    const leaf = fc.oneof(
      edgeIntegers,
      floats,
      stringLiterals,
      fc.constantFrom('true', 'false', 'null', '$p', '$q', '[]', '{}'),
      ...(variables.length > 0 ? [fc.constantFrom(...variables), fc.tuple(fc.constantFrom(...variables), fc.constantFrom(...PROPERTIES)).map(([v, p]) => `${v}.${p}`)] : []),
    );
    return {
      expression: fc.oneof(
        { depthSize: 'small', withCrossShrink: true, maxDepth: depth },
        leaf,
        fc.tuple(sub, fc.constantFrom('+', '-', '*', '/', '%', '^', '=', '<>', '<', '>=', 'AND', 'OR', 'XOR', 'IN', 'STARTS WITH', 'CONTAINS', '||'), sub).map(([a, op, b]) => `${a} ${op} ${b}`),
        fc.tuple(fc.constantFrom('NOT ', '-', ''), sub, fc.constantFrom('', ' IS NULL', ' IS NOT NULL')).map(([pre, a, post]) => `${pre}(${a})${post}`),
        fc.tuple(fc.constantFrom(...FUNCTIONS), fc.array(sub, { maxLength: 3 })).map(([f, args]) => `${f}(${args.join(', ')})`),
        fc.array(sub, { maxLength: 4 }).map((items) => `[${items.join(', ')}]`),
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'end', 'count'), sub), { maxLength: 3 }).map((entries) => `{${entries.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
        fc.tuple(sub, sub, sub).map(([list, where, then]) => `[x IN ${list} WHERE ${where} | ${then}]`),
        fc.tuple(fc.constantFrom('any', 'all', 'none', 'single'), sub, sub).map(([q, list, where]) => `${q}(x IN ${list} WHERE ${where})`),
        fc.tuple(sub, sub, sub).map(([c, a, b]) => `CASE WHEN ${c} THEN ${a} ELSE ${b} END`),
        fc.tuple(sub, fc.constantFrom('[0]', '[-1]', '[1..2]', '[..1]', '[$p]', '[9223372036854775807]')).map(([a, i]) => `${a}${i}`),
        fc.tuple(edgeIntegers, edgeIntegers, fc.constantFrom('', ', 1', ', -1', ', 0', ', 1000')).map(([a, b, step]) => `range(${a}, ${b}${step})`),
      ),
    };
  });
  return expression;
}
