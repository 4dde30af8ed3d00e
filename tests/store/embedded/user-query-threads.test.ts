import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../../store/graph-store.ts';
import { createSampleStore } from '../../support/start-sample-server.ts';

// Every ordered five of the graph's nodes: far more work than the time limit allows, so it runs until stopped.
const HEAVY = 'MATCH (a), (b), (c), (d), (e) WHERE a.id < b.id AND b.id < c.id AND c.id < d.id AND d.id < e.id RETURN count(*) AS n';

let store: GraphStore;
beforeAll(async () => {
  store = await createSampleStore();
});
afterAll(async () => {
  await store.close();
});

describe("a user's heavy Cypher query on the embedded store", () => {
  it("leaves an engine worker for the explorer's reads: counts and search answer while it runs", async () => {
    let heavyEnded = false;
    const heavy = store
      .runReadQuery(HEAVY, { timeoutMs: 6_000 })
      .catch((error: unknown) => error)
      .finally(() => (heavyEnded = true));
    await new Promise((resolve) => setTimeout(resolve, 300)); // the heavy query is on the engine
    const counts = await store.counts();
    const found = await store.searchEntities('a', { limit: 5 });
    expect(heavyEnded).toBe(false);
    expect(counts.quotes).toBeGreaterThan(0);
    expect(found.length).toBeGreaterThan(0);
    expect(await heavy).toMatchObject({ code: 'CYPHER_TIMEOUT' });
  }, 30_000);
});
