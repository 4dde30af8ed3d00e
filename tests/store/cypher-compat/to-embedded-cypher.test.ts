import { describe, expect, it } from 'vitest';
import { parseCypher } from '../../../store/cypher/neo4j-to-embedded/parse-cypher.ts';
import type { ParsedCypher } from '../../../store/cypher/neo4j-to-embedded/syntax-tree.ts';
import { toEmbeddedCypher, toEmbeddedQuery } from '../../../store/cypher/neo4j-to-embedded/to-embedded-cypher.ts';

function parseOne(query: string): ParsedCypher {
  const outcome = parseCypher(query);
  if (!outcome.ok || !outcome.statements[0]) throw new Error(`does not parse: ${query}`);
  return outcome.statements[0];
}

/** Neo4j's Cypher → what the embedded store runs. */
const REWRITES: [string, string][] = [
  ['MATCH (n:Person|Agency) RETURN labels(n) AS l', 'MATCH (n:Person:Agency) RETURN [label(n)] AS l'],
  ['MATCH (n:Person|:Agency) RETURN n.name', 'MATCH (n:Person:Agency) RETURN n.name'],
  ['MATCH (a)-[r:IN]->(d) RETURN type(r) AS t', 'MATCH (a)-[r:`IN`]->(d) RETURN label(r) AS t'],
  ['MATCH (a)-[r:SAID|:ABOUT]->(b) RETURN r', 'MATCH (a)-[r:SAID|ABOUT]->(b) RETURN r'],
  ['MATCH (n:Person) RETURN id(n) AS a, elementId(n) AS b', 'MATCH (n:Person) RETURN n.id AS a, n.id AS b'],
  ['MATCH ()-[r]->() RETURN elementId(r) AS id', 'MATCH ()-[r]->() RETURN cast(id(r) AS STRING) AS id'],
  ['MATCH p = shortestPath((a)-[*..4]-(b)) RETURN p', 'MATCH p = (a)-[* SHORTEST 1..4]-(b) RETURN p'],
  ['MATCH p = allShortestPaths((a)-[:KNOWS*]->(b)) RETURN p', 'MATCH p = (a)-[:KNOWS* ALL SHORTEST 1..]->(b) RETURN p'],
  ['MATCH p = (a)-[*]->(b) RETURN nodes(p) AS n, relationships(p) AS r, length(p) AS l', 'MATCH p = (a)-[* TRAIL 1..]->(b) RETURN nodes(p) AS n, rels(p) AS r, length(p) AS l'],
  ['MATCH (a)-[*2]->(b) RETURN b', 'MATCH (a)-[* TRAIL 2..2]->(b) RETURN b'],
  ['MATCH (a)-->(b)-->(c) RETURN c', 'MATCH (a)-[anon_rel_1]->(b)-[anon_rel_2]->(c) WHERE id(anon_rel_1) <> id(anon_rel_2) RETURN c'],
  ['MATCH (a)-[:SAID]->(q)-[:ABOUT]->(b) RETURN b', 'MATCH (a)-[:SAID]->(q)-[:ABOUT]->(b) RETURN b'],
  ["MATCH (a)-[x]-(b), (b)-[y]-(c) WHERE a.name = 'A' RETURN c", "MATCH (a)-[x]-(b), (b)-[y]-(c) WHERE (a.name = 'A') AND id(x) <> id(y) RETURN c"],
  ['MATCH (n) WHERE n:Person|Agency RETURN n', "MATCH (n) WHERE (label(n) IN ['Person', 'Agency']) RETURN n"],
  ['MATCH (n) WHERE n IS NOT Person RETURN n', "MATCH (n) WHERE (NOT (label(n) IN ['Person'])) RETURN n"],
  ['MATCH (n) WHERE exists { (n)-[:SAID]->() } RETURN n', 'MATCH (n) WHERE EXISTS { MATCH (n)-[:SAID]->() } RETURN n'],
  ['MATCH (n) RETURN count { (n)--() } AS degree', 'MATCH (n) RETURN COUNT { MATCH (n)--() } AS degree'],
  ['MATCH (n) WHERE (n)-[:SAID]->() RETURN n', 'MATCH (n) WHERE EXISTS { MATCH (n)-[:SAID]->() } RETURN n'],
  ['RETURN [x IN [1,2,3] WHERE x > 1 | x * 2] AS l', 'RETURN list_transform(list_filter([1,2,3], x -> x > 1), x -> x * 2) AS l'],
  ['MATCH (n) RETURN n {.name, .id, total: 1} AS m', 'MATCH (n) RETURN {name: n.name, id: n.id, total: 1} AS m'],
  ['RETURN [1,2,3][0] AS a, [1,2,3][-1] AS b, [1,2,3][..2] AS d', 'RETURN [1,2,3][1] AS a, [1,2,3][-1] AS b, list_slice([1,2,3], 1, 2) AS d'],
  ["MATCH (n) RETURN n['name'] AS name", 'MATCH (n) RETURN n.name AS name'],
  ['MATCH (n) RETURN properties(n) AS p, properties(n).name AS q', 'MATCH (n) RETURN n AS p, n.name AS q'],
  ["RETURN substring('hello', 1, 3) AS s, substring('hello', 2) AS t", "RETURN substring('hello', 2, 3) AS s, substring('hello', 3, size('hello')) AS t"],
  ["RETURN split('a b', ' ') AS s, head([1]) AS h, last([1]) AS l", "RETURN CASE WHEN 'a b' IS NULL THEN NULL ELSE regexp_extract_all('a b' + ' ', '(?s)(.*?)\\\\Q \\\\E', 1) END AS s, list_extract([1], 1) AS h, list_extract([1], -1) AS l"],
  ['MATCH (a)-[r]->(b) RETURN r.end AS e, r.start AS s', 'MATCH (a)-[r]->(b) RETURN r.`end` AS e, r.`start` AS s'],
  ['MATCH (n) RETURN n.name, count(*)', 'MATCH (n) RETURN n.name, count(*) AS `count(*)`'],
  ['UNWIND [2,1] AS x WITH x ORDER BY x RETURN collect(x) AS xs', 'UNWIND [2,1] AS x WITH x ORDER BY x SKIP 0 RETURN coalesce(collect(x), []) AS xs'],
  ['MATCH (n) OPTIONAL MATCH (n)-[r]->(m) RETURN labels(m) AS l, sum(n.x) AS s', 'MATCH (n) OPTIONAL MATCH (n)-[r]->(m) RETURN CASE WHEN m IS NULL THEN NULL ELSE [label(m)] END AS l, coalesce(sum(n.x), 0) AS s'],
  ["RETURN 'caf\\u00e9' AS s, 'it\\u0027s' AS t", "RETURN 'café' AS s, 'it\\'s' AS t"],
  ['MATCH (end:Person) RETURN end.name AS order ORDER BY order OFFSET 1', 'MATCH (`end`:Person) RETURN `end`.name AS `order` ORDER BY `order` SKIP 1'],
  ['MATCH (n:Person&Agency) RETURN n', 'MATCH (n:Document) WHERE false RETURN n'],
  ['MATCH (n:Person:Agency) RETURN n', 'MATCH (n:Document) WHERE false RETURN n'],
  ['MATCH (n:!Quote&!Document&!Event) RETURN n', 'MATCH (n:Person:Agency:Organization:Place) RETURN n'],
  ['MATCH (n:%)-[r:%]->(m) RETURN n', 'MATCH (n)-[r]->(m) RETURN n'],
  ["MATCH (n) WHERE n:Person&Agency RETURN n", "MATCH (n) WHERE (label(n) IN ['']) RETURN n"],
  ["RETURN replace('aaa', 'aa', 'b') AS r, round(2.675, 2) AS x", "RETURN 'ba' AS r, 2.68 AS x"],
  ['MATCH (s)-[:SAID]->(q) RETURN s.name, collect(DISTINCT q.document) AS docs, count(q) AS n', 'MATCH (s)-[:SAID]->(q) RETURN s.name, count(q) AS n, coalesce(collect(DISTINCT q.document), []) AS docs'],
  ['RETURN reduce(t = 0, x IN [1, 2] | t * 10 + x) AS n', 'RETURN list_reduce(list_concat([0], [1, 2]), (t, x) -> t * 10 + x) AS n'],
  ['MATCH p = (a)-->(b)-->(c) UNWIND [1] AS x RETURN *', 'MATCH p = (a)-[anon_rel_1]->(b)-[anon_rel_2]->(c) WHERE id(anon_rel_1) <> id(anon_rel_2) UNWIND [1] AS x RETURN a, b, c, p, x'],
  ['MATCH (p) CALL (p) { MATCH (p)-[:SAID]->(q) RETURN count(q) AS n } RETURN n', 'MATCH (p) WITH *, COUNT { MATCH (p)-[:SAID]->(q) } AS n RETURN n'],
  ['MATCH (p) RETURN [(p)-[:SAID]->(q) | q.text] AS t',
    'MATCH (p) OPTIONAL MATCH (p)-[:SAID]->(q) WITH p, list_transform(coalesce(collect(CASE WHEN q IS NULL THEN NULL ELSE [q.text] END), []), __v -> __v[1]) AS __collect_1 RETURN __collect_1 AS t'],
  ['MATCH (p) CALL (p) { MATCH (p)-->(q) RETURN q.x AS x, count(DISTINCT q) AS d, count(q) AS n } RETURN x', 'MATCH (p) MATCH (p)-->(q) WITH p, q.x AS x, count(q) AS n, count(DISTINCT q) AS d RETURN x'],
  ['MATCH (n) USING SCAN n:Person WHERE n.x = 1 RETURN n', 'MATCH (n) WHERE n.x = 1 RETURN n'],
];

/** Text that only looks like Cypher stays as it is. */
const UNTOUCHED = [
  'MATCH (n) RETURN n.name AS name // labels(n) stays in a comment',
  "MATCH (n) WHERE n.name = 'type(r) and (n:A|B)' RETURN n",
  'MATCH (n) /* id(n) */ RETURN toLower(n.name) AS a, size(n.name) AS c, coalesce(n.x, 0) AS d',
];

/** Forms without an equivalent → the words the error must hold, with the position. */
const REFUSED: [string, string][] = [
  ['MATCH (p:Person)\nRETURN keys(p)', 'keys() at line 2, column 8'],
  ['MATCH (n) RETURN round(n.x, 2)', 'round() with a precision'],
  ['RETURN round(-2.5, 0)', 'round() with a precision'],
  ['MATCH (n) WHERE exists(n.name) RETURN n', 'n.property IS NOT NULL'],
  ['RETURN reduce(t = 0, x IN [1] | t + x / 2.0)', 'reduce() with this step at line 1, column 8'],
  ['UNWIND [1] AS x MATCH (p) RETURN [(p)-->(q) | q.name]', 'pattern comprehension here'],
  ['MATCH (p)-->() RETURN COLLECT { MATCH (p)-->(q) RETURN q.name }', 'COLLECT { … } here at line 1, column 23'],
  ['MATCH (p) RETURN COLLECT { MATCH (p)-->(q) RETURN DISTINCT q.name }', 'This COLLECT { … } at line 1, column 18'],
  ['MATCH (p) CALL { WITH p RETURN 1 AS one } RETURN one', 'This CALL { … } subquery at line 1, column 11'],
  ['MATCH (p) CALL { MATCH (p)-->(q) RETURN count(q) AS n } RETURN n', 'matches p without importing it'],
  ['MATCH p = SHORTEST 1 (a)-[*]-(b) RETURN p', 'shortestPath((a)-[*..k]-(b))'],
  ['MATCH (a)-[:T]->{1,3}(b) RETURN b', 'quantified path pattern at line 1, column 17'],
  ['MATCH (a)-[*1..3]-(b)-[r]-(c) RETURN c', 'variable-length relationship beside another'],
  ['MATCH p = shortestPath((a)-[*2..4]-(b)) RETURN p', 'at least 2 hops'],
  ['MATCH (n) RETURN n[$key]', 'literal index'],
  ['MATCH (a)-[r:SUED]-() RETURN startNode(r).name AS s', 'startNode(r) at line 1, column 30'],
  ['MATCH (p) RETURN COLLECT { MATCH (p)-->(q) RETURN [(q)-->(x) | x] } AS l', 'pattern comprehension here at line 1, column 51'],
  ['MATCH (p) RETURN [(p)-->(q) | COLLECT { MATCH (q)-->(x) RETURN x }] AS l', 'COLLECT { … } here at line 1, column 31'],
  ['MATCH (s)-[:SAID]->(q) RETURN *, collect(DISTINCT q.document) AS d, count(q) AS n', 'beside *, at line 1, column 69'],
  ['MATCH (n) RETURN [n {.*, k: 1}] AS l', '.* beside other keys, inside an expression'],
  ['MATCH (n) RETURN n {.*, name: 1} AS m', 'The key name beside .*'],
  ['MATCH (n) RETURN size(properties(n))', 'properties() inside an expression'],
  ['MATCH (a)-[r WHERE r.x > 1]->(b) RETURN b', 'WHERE inside a relationship pattern'],
  ['MATCH (n WHERE n.x > 1) RETURN n', 'WHERE inside a node pattern'],
  ['RETURN 1 IS :: INTEGER', 'type predicate'],
  ['MATCH (a)-->(b)-->(c) WITH * RETURN *', 'Name the relationships'],
  // Neo4j refuses it too: a query may not end with a CALL after other clauses
  ['MATCH (n:Place) CALL db.labels()', 'CALL db.labels() at the end of a longer query at line 1, column 17'],
  ['MATCH (n) RETURN n\n  ORDER BY n.x\nUNION\nMATCH (m) RETURN date() AS n', 'date() at line 4, column 18'],
];

describe('toEmbeddedCypher', () => {
  it.each(REWRITES)('rewrites %s', (neo4j, embedded) => {
    expect(toEmbeddedCypher(neo4j)).toBe(embedded);
  });

  it.each(UNTOUCHED)('leaves strings and comments alone in %s', (query) => {
    expect(toEmbeddedCypher(query)).toBe(query);
  });

  it.each(REFUSED)('refuses %s with CYPHER_UNSUPPORTED naming the form and where it is', (query, words) => {
    expect(() => toEmbeddedCypher(query)).toThrow(expect.objectContaining({ code: 'CYPHER_UNSUPPORTED', message: expect.stringContaining(words) }));
  });

  it('reads a parameter used twice through a copy, and writes an empty list parameter as []', () => {
    const embedded = toEmbeddedQuery(parseOne('UNWIND $ids AS id WITH id WHERE id IN $ids RETURN size($none) AS n'), { ids: ['a'], none: [] });
    expect(embedded.query).toBe('UNWIND $ids AS id WITH id WHERE id IN $ids__2 RETURN size([]) AS n');
    expect(embedded.params).toEqual({ ids: ['a'], ids__2: ['a'] });
  });

  it('reports a syntax error with its line and column as CYPHER_INVALID', () => {
    expect(() => toEmbeddedCypher('MATCH (n\nRETURN n')).toThrow(
      expect.objectContaining({ code: 'CYPHER_INVALID', message: expect.stringMatching(/^Invalid Cypher at line 2, column 1: Invalid input 'RETURN'/) }),
    );
  });
});
