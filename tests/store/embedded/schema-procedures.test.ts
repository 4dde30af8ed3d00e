import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedGraphStore } from '../../../store/embedded/graph-store-embedded.ts';
import type { GraphStore } from '../../../store/graph-store.ts';
import { metaOf, PORT_ELWIN } from '../cypher-compat/port-elwin.fixtures.ts';

let store: GraphStore;

beforeAll(async () => {
  store = await createEmbeddedGraphStore({ path: ':memory:' });
  for (const extraction of PORT_ELWIN) await store.writeExtraction(extraction, metaOf(extraction));
});

afterAll(async () => {
  await store.close();
});

/** The verdict of running a query: null when it runs, else its code. */
async function runVerdict(query: string): Promise<string | null> {
  return store.runReadQuery(query).then(() => null, (error: { code: string }) => error.code);
}

describe("Neo4j's schema procedures on the embedded store", () => {
  it.each([
    'CALL db.labels()',
    'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType',
    'CALL db.propertyKeys()',
    'CALL db.schema.visualization()',
    'SHOW INDEXES',
    'SHOW CONSTRAINTS YIELD name WHERE name = "Person_id"',
    'SHOW PROCEDURES',
    'SHOW FUNCTIONS YIELD name, category',
    'MATCH (n) CALL db.labels() YIELD label RETURN label',
    'CALL db.schema.visualization() YIELD nodes RETURN size(nodes) AS n',
    'SHOW INDEXES YIELD nosuchcolumn',
    'SHOW DATABASES',
  ])('gives the same verdict to %s in the console check as in the run', async (query) => {
    const checked = store.checkReadQuery(query);
    expect(checked?.code ?? null).toBe(await runVerdict(query));
  });

  it('does not refuse SHOW INDEXES as a write', async () => {
    expect(store.checkReadQuery('SHOW INDEXES')).toBeNull();
    expect(store.checkReadQuery('SHOW DATABASES')).toMatchObject({ code: 'CYPHER_WRITE_REFUSED' });
  });

  it("draws db.schema.visualization() as a node per label and a relationship per type and pair of labels the data holds", async () => {
    const result = await store.runReadQuery('CALL db.schema.visualization()');
    expect(result.columns).toEqual(['nodes', 'relationships']);
    expect(result.graph.nodes.map((node) => node.label).sort()).toEqual(['Agency', 'Document', 'Event', 'Organization', 'Person', 'Place', 'Quote']);
    const said = result.graph.edges.filter((edge) => edge.type === 'SAID').map((edge) => `${edge.source}->${edge.target}`).sort();
    // the fixture's quotes have people, agencies and organizations as speakers, no place or event
    expect(said).toEqual(['schema:Agency->schema:Quote', 'schema:Organization->schema:Quote', 'schema:Person->schema:Quote']);
    expect(result.rows[0]?.relationships).toHaveLength(result.graph.edges.length);
  });

  it('lists only the labels that hold nodes', async () => {
    const empty = await createEmbeddedGraphStore({ path: ':memory:' });
    try {
      expect((await empty.runReadQuery('CALL db.labels()')).rows).toEqual([]);
      expect((await empty.runReadQuery('SHOW CONSTRAINTS YIELD name RETURN count(*) AS n')).rows).toEqual([{ n: 7 }]);
    } finally {
      await empty.close();
    }
  });
});

describe('nodes returned whole', () => {
  it("carry only their own label's properties, without other tables' nulls", async () => {
    const { rows } = await store.runReadQuery("MATCH (n) WHERE n.id IN ['person:tobias-renn', '1111111111111111111111111111111111111111111111111111111111111111'] RETURN n ORDER BY n.id");
    const [document, person] = rows.map((row) => row.n as { labels: string[]; properties: Record<string, unknown> });
    expect(person?.labels).toEqual(['Person']);
    expect(Object.keys(person?.properties ?? {})).not.toContain('title');
    expect(Object.values(person?.properties ?? {})).not.toContain(null);
    expect(Object.keys(document?.properties ?? {}).sort()).toEqual(['date', 'id', 'ingestedAt', 'source', 'text', 'title']);
  });
});
