import kuzu from 'kuzu';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractArticle } from '../../../ingest/extract-article.ts';
import { createEmbeddedGraphStore } from '../../../store/embedded/graph-store-embedded.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Articles of one shape (the same kinds of entity, quote and relation), each with its own names. */
function articleAbout(town: string) {
  const text =
    `${town} flood plan approved\n\nGov. Jonah Corvin said the Coastal Resilience Office would help ${town}. ` +
    `"We are ready to help ${town} rebuild," Corvin said.`;
  return { extraction: extractArticle({ source: `${town}.txt`, format: 'txt', text }), meta: { source: `${town}.txt`, ingestedAt: '2026-12-01T00:00:00Z', text } };
}

describe('embedded store writes', () => {
  it('prepares each write statement once, not once a batch: the engine keeps every statement a connection prepares', async () => {
    const store = await createEmbeddedGraphStore({ path: ':memory:' });
    try {
      await store.writeExtractions([articleAbout('Kessel Bay')]);
      const prepare = vi.spyOn(kuzu.Connection.prototype, 'prepare');
      const outcomes = await store.writeExtractions([articleAbout('Marrow Bay')]);
      await store.writeExtractions([articleAbout('Tolland Bay')]);
      expect(outcomes).toEqual([{ status: 'written' }]);
      expect(prepare).not.toHaveBeenCalled();
      expect((await store.counts()).documents).toBe(3);
    } finally {
      await store.close();
    }
  });
});
