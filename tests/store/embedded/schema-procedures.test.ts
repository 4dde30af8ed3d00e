import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDGE_TYPES, NODE_TABLES } from '../../../model/graph-model.ts';
import { createEmbeddedGraphStore } from '../../../store/embedded/graph-store-embedded.ts';
import type { GraphStore } from '../../../store/graph-store.ts';

let folder: string;
let store: GraphStore;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'newsgraph-schema-procedures-'));
  store = await createEmbeddedGraphStore({ path: folder });
});
afterAll(async () => {
  await store.close();
  await rm(folder, { recursive: true, force: true });
});

describe('schema procedures on the embedded store, answered from the graph model with Neo4j\'s columns', () => {
  it('lists every label with CALL db.labels()', async () => {
    const { columns, rows } = await store.runReadQuery('CALL db.labels()');
    expect(columns).toEqual(['label']);
    expect(rows.map((row) => row.label)).toEqual(NODE_TABLES.map((table) => table.label));
  });

  it('lists every relationship type, and lets the rest of the query use what it yields', async () => {
    const { rows } = await store.runReadQuery('CALL db.relationshipTypes() YIELD relationshipType AS type RETURN count(type) AS types');
    expect(rows).toEqual([{ types: EDGE_TYPES.length }]);
  });

  it('filters the yielded rows with WHERE and returns them when no RETURN follows', async () => {
    const { rows } = await store.runReadQuery("CALL db.labels() YIELD label WHERE label STARTS WITH 'P'");
    expect(rows.map((row) => row.label).sort()).toEqual(['Person', 'Place']);
  });

  it('lists property keys once each, in order', async () => {
    const keys = (await store.runReadQuery('CALL db.propertyKeys()')).rows.map((row) => row.propertyKey as string);
    expect(keys).toContain('aliases');
    expect(keys).toEqual([...new Set(keys)].sort());
  });

  it('gives the same verdict when checked as when run', async () => {
    expect(store.checkReadQuery('CALL db.labels() YIELD label RETURN label')).toBeNull();
    expect(store.checkReadQuery('CALL db.labels() YIELD name')).toMatchObject({ code: 'CYPHER_INVALID', message: expect.stringContaining('YIELD label') });
    await expect(store.runReadQuery('CALL db.labels() YIELD name')).rejects.toMatchObject({ code: 'CYPHER_INVALID' });
  });

  it('answers SHOW CONSTRAINTS and SHOW INDEXES with a key on every label\'s id, and never as a write', async () => {
    const constraints = await store.runReadQuery('SHOW CONSTRAINTS');
    expect(constraints.columns).toEqual(['id', 'name', 'type', 'entityType', 'labelsOrTypes', 'properties', 'ownedIndex', 'propertyType']);
    expect(constraints.rows).toContainEqual(expect.objectContaining({ type: 'NODE_KEY', labelsOrTypes: ['Person'], properties: ['id'] }));
    const indexes = await store.runReadQuery('show indexes;');
    expect(indexes.rows).toHaveLength(NODE_TABLES.length);
    expect(indexes.rows[0]).toMatchObject({ state: 'ONLINE', type: 'RANGE', properties: ['id'] });
    expect(store.checkReadQuery('SHOW INDEXES')).toBeNull();
  });
});

describe('nodes returned whole', () => {
  it('carry only the properties their own label has a value for, as Neo4j stores them', async () => {
    await store.runReadQuery('RETURN 1');
    const { floodArticle, FLOOD_ARTICLE_TEXT } = await import('../../fixtures/extractions.fixtures.ts');
    await store.writeExtraction(floodArticle, { source: 'flood.txt', ingestedAt: '2026-11-23T10:00:00.000Z', text: FLOOD_ARTICLE_TEXT });
    const { rows } = await store.runReadQuery("MATCH (n) WHERE n.id = 'person:lena-marsh' RETURN n");
    const properties = (rows[0]?.n as { properties: Record<string, unknown> }).properties;
    expect(properties).toMatchObject({ id: 'person:lena-marsh', name: 'Lena Marsh' });
    expect(Object.values(properties)).not.toContain(null);
    expect(properties).not.toHaveProperty('title');
    expect(properties).not.toHaveProperty('eventType');
  });
});
