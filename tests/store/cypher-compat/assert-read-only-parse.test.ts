import { describe, expect, it } from 'vitest';
import { assertReadOnlyQuery } from '../../../store/cypher/assert-read-only.ts';

/** Queries Neo4j's parser reads, refused from the parse tree with the clause and its position. */
const PARSED_WRITES: [string, string][] = [
  ["MATCH (n)\nSET n.name = 'x'", 'SET at line 2, column 1'],
  ['MATCH (n) WITH n MERGE (m:Person {id: n.id}) RETURN m', 'MERGE at line 1, column 18'],
  ["MATCH (n) CALL { CREATE (:P) } RETURN n", 'CREATE at line 1, column 18'],
  ["LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", 'LOAD CSV at line 1, column 1'],
  ['CREATE INDEX FOR (n:P) ON (n.x)', 'administration or schema command'],
  ['SHOW DATABASES', 'SHOW or TERMINATE command'],
  ["CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DELETE n', {})", '"CALL apoc.periodic.iterate" at line 1, column 1'],
  ['MATCH (n) RETURN n; MATCH (m) RETURN m', 'Only one statement'],
];

describe('assertReadOnlyQuery on the parse tree', () => {
  it.each(PARSED_WRITES)('refuses %s with CYPHER_WRITE_REFUSED and the position', (query, words) => {
    expect(() => assertReadOnlyQuery(query)).toThrow(expect.objectContaining({ code: 'CYPHER_WRITE_REFUSED', message: expect.stringContaining(words) }));
  });

  it.each([['MATCH (n) RETURN n;'], ['CALL db.labels()'], ["MATCH (n) WHERE n.name = 'DELETE' RETURN n.set AS set"]])('lets the read %s through', (query) => {
    expect(() => assertReadOnlyQuery(query)).not.toThrow();
  });

  it('still refuses a write the parser cannot read, by its keywords', () => {
    expect(() => assertReadOnlyQuery("COPY Person FROM '/tmp/people.csv'")).toThrow(expect.objectContaining({ code: 'CYPHER_WRITE_REFUSED' }));
  });

  it('answers a syntax error with CYPHER_INVALID, its line and column and the parser message', () => {
    expect(() => assertReadOnlyQuery('MATCH (n RETURN n')).toThrow(
      expect.objectContaining({ code: 'CYPHER_INVALID', message: expect.stringContaining("line 1, column 10: Invalid input 'RETURN'") }),
    );
  });

  it('refuses an empty query as CYPHER_INVALID', () => {
    expect(() => assertReadOnlyQuery('  // nothing\n')).toThrow(expect.objectContaining({ code: 'CYPHER_INVALID' }));
  });
});
