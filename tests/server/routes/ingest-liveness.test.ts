import { readFile, readdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractPool, type ExtractPool } from '../../../ingest/extract-pool.ts';
import { createApp } from '../../../server/app.ts';
import { createEmbeddedGraphStore } from '../../../store/embedded/graph-store-embedded.ts';
import type { GraphStore } from '../../../store/graph-store.ts';
import { SAMPLES_DIR } from '../../support/start-sample-server.ts';

const TOKEN = 'a-token-of-sixteen-chars';

let store: GraphStore;
let pool: ExtractPool;
let api: string;
let close: () => Promise<void>;
/** Articles the pool is extracting right now. */
let extracting = 0;

beforeAll(async () => {
  store = await createEmbeddedGraphStore({ path: ':memory:' });
  pool = createExtractPool(1);
  const watched: ExtractPool = {
    extract: (article) => {
      extracting += 1;
      return pool.extract(article).finally(() => (extracting -= 1));
    },
    close: () => pool.close(),
  };
  const server = createApp({ store, ingestToken: TOKEN, extractPool: watched, log: () => undefined }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
  // the extractor loaded and its worker ready before the long article comes
  await ingest('short.txt', 'HARBORTON — Mayor Dana Whitlow said, "We will finish the seawall by spring."');
});

afterAll(async () => {
  await close();
  await pool.close();
  await store.close();
});

/** The sample articles one after another, a few times over: one long article that takes seconds to extract. */
async function createLongArticle(): Promise<string> {
  const names = (await readdir(SAMPLES_DIR)).filter((name) => name.endsWith('.txt'));
  const texts = await Promise.all(names.map((name) => readFile(join(SAMPLES_DIR, name), 'utf8')));
  return Array.from({ length: 2 }, (_, copy) => `Part ${copy + 1}\n\n${texts.join('\n\n')}`).join('\n\n');
}

function ingest(name: string, text: string): Promise<unknown> {
  return fetch(`${api}/ingest`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ articles: [{ name, text }] }),
  }).then((response) => response.json());
}

describe('POST /api/ingest of a long article', () => {
  it('extracts off the event loop: /api/health answers while the article is still being extracted', async () => {
    const text = await createLongArticle();
    let answered = false;
    const answer = ingest('long.txt', text).finally(() => (answered = true));
    // extraction on the event loop would start and end before this loop looked again
    while (extracting === 0 && !answered) await new Promise((resolve) => setTimeout(resolve, 5));
    const health = await fetch(`${api}/health`);
    expect(health.status).toBe(200);
    expect(extracting).toBe(1);
    expect(await answer).toMatchObject({ ingested: 1, failed: 0, articles: [{ source: 'long.txt', status: 'ingested' }] });
  }, 60_000);
});
