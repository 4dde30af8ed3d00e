import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../store/graph-store.ts';
import { createSampleStore } from '../support/start-sample-server.ts';

let store: GraphStore;
let checksumBefore: string;

/** A digest of every node and relationship with all their properties. */
async function checksum(): Promise<string> {
  const nodes = await store.runReadQuery('MATCH (n) RETURN n ORDER BY n.id', { rowLimit: 1_000_000 });
  const edges = await store.runReadQuery('MATCH (a)-[r]->(b) RETURN a.id AS source, r, b.id AS target ORDER BY source, target', { rowLimit: 1_000_000 });
  return createHash('sha256').update(JSON.stringify([nodes.rows, edges.rows])).digest('hex');
}

beforeAll(async () => {
  store = await createSampleStore();
  checksumBefore = await checksum();
}, 120_000);

afterAll(async () => {
  await store.close();
});

const WRITES: [string, string][] = [
  ['CREATE', "CREATE (p:Person {id: 'person:intruder', name: 'Intruder'})"],
  ['MERGE', "MERGE (p:Person {id: 'person:intruder'})"],
  ['SET', "MATCH (p:Person) SET p.name = 'renamed'"],
  ['DELETE', 'MATCH (q:Quote) DELETE q'],
  ['DETACH DELETE', 'MATCH (n) DETACH DELETE n'],
  ['REMOVE', 'MATCH (p:Person) REMOVE p.name'],
  ['DROP', 'DROP TABLE Person'],
  ['ALTER', 'ALTER TABLE Person ADD secret STRING'],
  ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"],
  ['LOAD FROM', "LOAD FROM '/etc/passwd' RETURN *"],
  ['COPY', "COPY Person FROM '/tmp/people.csv'"],
  ['ATTACH', "ATTACH '/tmp/other.kuzu' AS other (dbtype kuzu)"],
  ['INSTALL', 'INSTALL httpfs'],
  ['EXPORT', "EXPORT DATABASE '/tmp/dump'"],
  ['a write procedure', "CALL db.createLabel('Secret')"],
  ['an index procedure', "CALL create_fts_index('Person', 'names', ['name'])"],
  ['a second statement', 'MATCH (n) RETURN count(n); MATCH (n) DETACH DELETE n'],
  ['a write after a block comment', '/* just reading */ MATCH (n) DETACH DELETE n'],
  ['a write after a line comment', '// read only\nMATCH (n) DETACH DELETE n'],
  ['a write after a string that closes early', "RETURN 'harmless' AS s UNION MATCH (n) DETACH DELETE n RETURN 'x' AS s"],
  ['a write after an escaped quote', "RETURN 'it\\'s' AS s CREATE (p:Person {id: 'person:x'})"],
  ['odd case', "mAtCh (n) dEtAcH dElEtE n"],
  ['full-width letters', 'MATCH (n) ＤＥＴＡＣＨ ＤＥＬＥＴＥ n'],
  ['a write inside a subquery', "MATCH (n:Person) CALL { CREATE (:Person {id: 'person:y'}) } RETURN n"],
  ['FOREACH', "FOREACH (x IN [1] | CREATE (:Person {id: 'person:z'}))"],
  ['a transaction', 'BEGIN TRANSACTION'],
  ['CHECKPOINT', 'CHECKPOINT'],
];

describe('the read-only Cypher endpoint under hostile queries', () => {
  it.each(WRITES)('refuses %s', async (_name, query) => {
    await expect(store.runReadQuery(query)).rejects.toMatchObject({ code: 'CYPHER_WRITE_REFUSED', status: 400 });
  });

  it('refuses a look-alike keyword as invalid Cypher rather than running it', async () => {
    // Cyrillic "С" and "Е": not the keyword, so not a write; the engine rejects it as a syntax error
    await expect(store.runReadQuery("СRЕATE (p:Person {id: 'person:x'})")).rejects.toMatchObject({ code: 'CYPHER_INVALID' });
  });

  it('keeps writing keywords inside strings and property names harmless', async () => {
    const result = await store.runReadQuery("MATCH (p:Person) WHERE p.name <> 'CREATE (x) DELETE' RETURN count(p) AS n");
    expect(result.rows[0]?.n).toBeGreaterThan(0);
  });

  it('stops a query that would run for ever at the time limit', async () => {
    const started = Date.now();
    await expect(
      store.runReadQuery('UNWIND range(1, 2000) AS x UNWIND range(1, 2000) AS y UNWIND range(1, 2000) AS z RETURN sum(x * y + z) AS n', {
        timeoutMs: 500,
      }),
    ).rejects.toMatchObject({ code: 'CYPHER_TIMEOUT', status: 400 });
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('stops a path explosion at the memory limit with a message saying how to narrow it', async () => {
    const refused = store.runReadQuery('MATCH (a)-[*1..12]-(b) WITH a, b UNWIND range(1, 1000) AS x RETURN count(*) AS n', { timeoutMs: 30_000 });
    // on a machine fast enough to fill the buffer pool before the time limit, memory is what stops it
    await expect(refused).rejects.toMatchObject({ status: 400, code: expect.stringMatching(/^CYPHER_(TOO_LARGE|TIMEOUT)$/) });
    await expect(refused).rejects.toThrow(/LIMIT/);
  });

  it('cuts a query returning millions of rows at the row limit and says so', async () => {
    // 3,000,000 rows from two ranges within the bounds on range()
    const result = await store.runReadQuery('UNWIND range(1, 3000) AS x UNWIND range(1, 1000) AS y RETURN x * y AS n', { rowLimit: 5000 });
    expect(result.rows).toHaveLength(5000);
    expect(result.truncated).toBe(true);
  });

  it('leaves the graph exactly as it was and keeps answering', async () => {
    expect(await checksum()).toBe(checksumBefore);
    expect((await store.counts()).documents).toBe(10);
  });
});
