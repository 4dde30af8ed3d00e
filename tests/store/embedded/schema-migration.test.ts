import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import kuzu from 'kuzu';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmbeddedGraphStore } from '../../../store/embedded/graph-store-embedded.ts';

let folder: string;
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Writes a store as an earlier version did: quotes without their document's title and date. */
async function writeEarlierStore(path: string): Promise<void> {
  const database = new kuzu.Database(`${path}/graph.kuzu`);
  const connection = new kuzu.Connection(database);
  for (const statement of [
    'CREATE NODE TABLE Document(id STRING, title STRING, date STRING, source STRING, ingestedAt STRING, text STRING, PRIMARY KEY(id))',
    'CREATE NODE TABLE Quote(id STRING, text STRING, context STRING, startOffset INT64, endOffset INT64, via STRING, document STRING, PRIMARY KEY(id))',
    'CREATE REL TABLE `IN`(FROM Quote TO Document, document STRING, startOffset INT64, endOffset INT64)',
    "CREATE (:Document {id: 'doc-1', title: 'Harbour levy passes', date: '2026-10-01', source: 'levy.txt', text: 'x'})",
    "CREATE (:Quote {id: 'quote:doc-1-0', text: 'It passed', document: 'doc-1', startOffset: 0, endOffset: 9})",
    "MATCH (q:Quote), (d:Document) CREATE (q)-[:`IN` {document: 'doc-1', startOffset: 0, endOffset: 9}]->(d)",
  ]) {
    (await connection.query(statement) as kuzu.QueryResult).close();
  }
  await connection.close();
  await database.close();
}

describe('embedded store opened on a folder an earlier version wrote', () => {
  it("adds the columns the model has since gained and copies each quote's document title and date", async () => {
    folder = await mkdtemp(join(tmpdir(), 'newsgraph-migration-'));
    await writeEarlierStore(folder);
    const store = await createEmbeddedGraphStore({ path: folder });
    try {
      const { rows } = await store.runReadQuery('MATCH (q:Quote) RETURN q.id AS id, q.documentTitle AS title, q.documentDate AS date');
      expect(rows).toEqual([{ id: 'quote:doc-1-0', title: 'Harbour levy passes', date: '2026-10-01' }]);
      expect((await store.counts()).quotes).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('marks every quote an earlier version stored as direct, since it read only quotation marks', async () => {
    folder = await mkdtemp(join(tmpdir(), 'newsgraph-migration-'));
    await writeEarlierStore(folder);
    const store = await createEmbeddedGraphStore({ path: folder });
    try {
      const { rows } = await store.runReadQuery('MATCH (q:Quote) RETURN q.id AS id, q.kind AS kind');
      expect(rows).toEqual([{ id: 'quote:doc-1-0', kind: 'direct' }]);
    } finally {
      await store.close();
    }
  });

  it('opens quotes an earlier version stored without rule or confidence: both read as null, and a confidence floor leaves them out', async () => {
    folder = await mkdtemp(join(tmpdir(), 'newsgraph-migration-'));
    await writeEarlierStore(folder);
    const store = await createEmbeddedGraphStore({ path: folder });
    try {
      const { quotes } = await store.findQuotes({ limit: 10 });
      expect(quotes.map((quote) => [quote.id, quote.rule, quote.confidence])).toEqual([['quote:doc-1-0', null, null]]);
      expect((await store.findQuotes({ minConfidence: 0.5, limit: 10 })).quotes).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('adds a relation\'s rule and confidence to relationship tables written without them, and keeps the old edges', async () => {
    folder = await mkdtemp(join(tmpdir(), 'newsgraph-migration-'));
    const database = new kuzu.Database(`${folder}/graph.kuzu`);
    const connection = new kuzu.Connection(database);
    for (const statement of [
      'CREATE NODE TABLE Person(id STRING, name STRING, aliases STRING[], PRIMARY KEY(id))',
      'CREATE NODE TABLE Agency(id STRING, name STRING, aliases STRING[], PRIMARY KEY(id))',
      'CREATE REL TABLE OPPOSES(FROM Person TO Agency, document STRING, startOffset INT64, endOffset INT64, role STRING)',
      "CREATE (:Person {id: 'person:ada-marsh', name: 'Ada Marsh', aliases: []})",
      "CREATE (:Agency {id: 'agency:harbour-board', name: 'Harbour Board', aliases: []})",
      "MATCH (p:Person), (a:Agency) CREATE (p)-[:OPPOSES {document: 'doc-1', startOffset: 0, endOffset: 9}]->(a)",
    ]) {
      (await connection.query(statement) as kuzu.QueryResult).close();
    }
    await connection.close();
    await database.close();
    const store = await createEmbeddedGraphStore({ path: folder });
    try {
      const { rows } = await store.runReadQuery('MATCH (:Person)-[r:OPPOSES]->(:Agency) RETURN r.document AS document, r.rule AS rule, r.confidence AS confidence');
      expect(rows).toEqual([{ document: 'doc-1', rule: null, confidence: null }]);
    } finally {
      await store.close();
    }
  });

  it('gives speaker-to-subject counts written without them how many quotes and reported statements each holds, counted from the quotes', async () => {
    folder = await mkdtemp(join(tmpdir(), 'newsgraph-migration-'));
    const database = new kuzu.Database(`${folder}/graph.kuzu`);
    const connection = new kuzu.Connection(database);
    for (const statement of [
      'CREATE NODE TABLE Person(id STRING, name STRING, aliases STRING[], PRIMARY KEY(id))',
      'CREATE NODE TABLE Quote(id STRING, text STRING, kind STRING, document STRING, PRIMARY KEY(id))',
      'CREATE REL TABLE SAID(FROM Person TO Quote, document STRING, startOffset INT64, endOffset INT64, via STRING)',
      'CREATE REL TABLE ABOUT(FROM Quote TO Person, document STRING, startOffset INT64, endOffset INT64)',
      'CREATE REL TABLE SAID_ABOUT(FROM Person TO Person, count INT64)',
      "CREATE (:Person {id: 'person:ada-marsh', name: 'Ada Marsh', aliases: []})",
      "CREATE (:Person {id: 'person:lena-brill', name: 'Lena Brill', aliases: []})",
      "CREATE (:Quote {id: 'quote:1', text: 'We will build it', kind: 'direct', document: 'doc-1'})",
      "CREATE (:Quote {id: 'quote:2', text: 'the wall would hold', kind: 'indirect', document: 'doc-1'})",
      "CREATE (:Quote {id: 'quote:3', text: 'the money was there', kind: 'indirect', document: 'doc-1'})",
      "MATCH (p:Person {id: 'person:ada-marsh'}), (q:Quote) CREATE (p)-[:SAID {document: 'doc-1'}]->(q)",
      "MATCH (q:Quote), (p:Person {id: 'person:lena-brill'}) CREATE (q)-[:ABOUT {document: 'doc-1'}]->(p)",
      "MATCH (a:Person {id: 'person:ada-marsh'}), (b:Person {id: 'person:lena-brill'}) CREATE (a)-[:SAID_ABOUT {count: 3}]->(b)",
    ]) {
      (await connection.query(statement) as kuzu.QueryResult).close();
    }
    await connection.close();
    await database.close();
    const store = await createEmbeddedGraphStore({ path: folder });
    try {
      const cells = await store.saidAbout({ limit: 10 });
      expect(cells.map((cell) => [cell.speaker.id, cell.subject.id, cell.count, cell.direct, cell.indirect])).toEqual([
        ['person:ada-marsh', 'person:lena-brill', 3, 1, 2],
      ]);
    } finally {
      await store.close();
    }
  });
});
