import { afterEach, describe, expect, it } from 'vitest';
import { ingestArticles } from '../../ingest/index.ts';
import { createEmbeddedGraphStore } from '../../store/embedded/graph-store-embedded.ts';
import type { GraphStore } from '../../store/graph-store.ts';

const article = (source: string, text: string) => ({ source, format: 'txt' as const, text });

const GOOD = [
  article('ferry.txt', 'PORT VALEN — Harbour Master Ines Kowal said on Monday the ferry would run again. "We are ready," Kowal said.'),
  article('levy.txt', 'The Valen Port Authority said it would raise the levy. "It is overdue," said Tomas Reyl, its director.'),
];

let store: GraphStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

describe('ingestArticles', () => {
  it('writes articles held in memory as ingestPaths writes files, and reports a bad one without stopping', async () => {
    store = await createEmbeddedGraphStore({ path: ':memory:' });
    const done: number[] = [];
    const summary = await ingestArticles([GOOD[0]!, article('empty.txt', '   '), GOOD[1]!], {
      store,
      batchSize: 2,
      onArticle: (_, count) => done.push(count),
    });
    expect(summary.ingested).toBe(2);
    expect(summary.failed).toEqual([expect.objectContaining({ source: 'empty.txt', stage: 'read', error: expect.stringContaining('empty') })]);
    expect(done).toEqual([1, 2, 3]);
    expect((await store.counts()).documents).toBe(2);
  });

  it('leaves the graph as it was when the same articles come again', async () => {
    store = await createEmbeddedGraphStore({ path: ':memory:' });
    await ingestArticles(GOOD, { store });
    const before = await store.counts();
    const again = await ingestArticles(GOOD, { store });
    expect(again.unchanged).toBe(2);
    expect(await store.counts()).toEqual(before);
  });
});
