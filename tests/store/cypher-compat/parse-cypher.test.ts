import { describe, expect, it } from 'vitest';
import { parseCypher } from '../../../store/cypher/neo4j-to-embedded/parse-cypher.ts';

describe('parseCypher', () => {
  it('gives one parse per statement and none for what follows the last ";"', () => {
    const outcome = parseCypher('MATCH (n) RETURN n; MATCH (m) RETURN m; // done\n');
    expect(outcome.ok && outcome.statements.length).toBe(2);
  });

  it.each<[string, string, { line: number; column: number; message: string | RegExp }]>([
    ['a missing bracket', 'MATCH (n RETURN n', { line: 1, column: 10, message: /^Invalid input 'RETURN': expected a graph pattern/ }],
    ['a typo in a later statement, indented', 'MATCH (n)\nRETURN n;\n  MATCH (x RETURN x', { line: 3, column: 12, message: /^Invalid input 'RETURN'/ }],
    ['a misspelt clause on the second line', 'MATCH (n)\n  WHERE n.x = 1 RETRUN n', { line: 2, column: 17, message: /^Invalid input 'RETRUN'/ }],
    ['a misspelt first keyword', 'RETRUN 1', { line: 1, column: 1, message: 'Expected any of CYPHER, EXPLAIN, PROFILE or a statement' }],
    ['an unclosed string', "MATCH (n) WHERE n.name = 'abc RETURN n", { line: 1, column: 26, message: /^Failed to parse string literal/ }],
    ['a missing LIMIT count', 'MATCH (n) RETURN n LIMIT', { line: 1, column: 25, message: /expected an expression/ }],
    ['a console command', ':param x => 1', { line: 1, column: 1, message: 'Console commands are unsupported in this environment.' }],
  ])('places and words %s as Neo4j does', (_, query, expected) => {
    const outcome = parseCypher(query);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toMatchObject({ line: expected.line, column: expected.column });
    expect(outcome.error.message).toMatch(expected.message);
  });
});
