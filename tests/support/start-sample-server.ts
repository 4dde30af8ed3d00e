import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { ingestPaths } from '../../ingest/index.ts';
import { createApp } from '../../server/app.ts';
import { createEmbeddedGraphStore } from '../../store/embedded/graph-store-embedded.ts';
import type { GraphStore } from '../../store/graph-store.ts';

export const SAMPLES_DIR = fileURLToPath(new URL('../../samples', import.meta.url));
export const WEB_DIR = fileURLToPath(new URL('../../dist/web', import.meta.url));

/** An in-memory store holding the project's sample articles. */
export async function createSampleStore(): Promise<GraphStore> {
  const store = await createEmbeddedGraphStore({ path: ':memory:' });
  const summary = await ingestPaths([SAMPLES_DIR], { store });
  if (summary.failed.length > 0 || summary.ingested === 0) {
    throw new Error(`sample ingest failed: ${JSON.stringify(summary.failed)}`);
  }
  return store;
}

/** The whole app on the sample data, on a free port of 127.0.0.1, serving the built explorer; `editToken` turns corrections on. */
export async function startSampleServer(options: { editToken?: string } = {}): Promise<{ url: string; store: GraphStore; close(): Promise<void> }> {
  const store = await createSampleStore();
  const app = createApp({ store, webDir: WEB_DIR, log: () => undefined, editToken: options.editToken });
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}
