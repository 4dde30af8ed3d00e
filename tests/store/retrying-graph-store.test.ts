import { describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../model/errors.ts';
import { createEmbeddedGraphStore } from '../../store/embedded/graph-store-embedded.ts';
import type { GraphStore } from '../../store/graph-store.ts';
import { createRetryingGraphStore } from '../../store/retrying-graph-store.ts';

describe('a graph store that is not available yet', () => {
  it('answers STORE_LOCKED until the store opens, then serves it', async () => {
    let attempts = 0;
    const open = async (): Promise<GraphStore> => {
      attempts++;
      if (attempts < 3) throw new StoreUnavailableError('The folder is locked by another process; stop it.', 'STORE_LOCKED');
      return createEmbeddedGraphStore({ path: ':memory:' });
    };
    const store = createRetryingGraphStore(open, { backend: 'embedded', retryMs: 20 });
    expect(store.backend).toBe('embedded');
    await new Promise((resolve) => setTimeout(resolve, 5)); // the first attempt has failed by now
    await expect(store.counts()).rejects.toMatchObject({ code: 'STORE_LOCKED', status: 503 });
    await store.ready;
    expect((await store.counts()).documents).toBe(0);
    expect(attempts).toBe(3);
    await store.close();
  });
});
