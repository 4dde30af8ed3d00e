import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type AppOptions } from '../../../server/app.ts';
import { createEmbeddedGraphStore } from '../../../store/embedded/graph-store-embedded.ts';
import type { GraphStore } from '../../../store/graph-store.ts';

const TOKEN = 'a-token-of-sixteen-chars';
const ARTICLE = 'Seawall vote\n\nHARBORTON — Mayor Dana Whitlow said, "We will finish the seawall by spring."\n';

let store: GraphStore;
let close: () => Promise<void> = async () => undefined;

async function start(options: Partial<AppOptions> = {}): Promise<string> {
  store = await createEmbeddedGraphStore({ path: ':memory:' });
  const server = createApp({ store, log: () => undefined, ...options }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  close = async () => {
    await new Promise((resolve) => server.close(resolve));
    await store.close();
  };
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
}

afterEach(async () => close());

function postJson(url: string, body: unknown, token?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  return fetch(`${url}/ingest`, { method: 'POST', headers, body: JSON.stringify(body) });
}

describe('POST /api/ingest', () => {
  it('is off with 403 ENDPOINT_DISABLED when no token is configured', async () => {
    const api = await start();
    const response = await postJson(api, { articles: [{ name: 'a.txt', text: ARTICLE }] }, TOKEN);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'ENDPOINT_DISABLED', message: expect.stringContaining('INGEST_TOKEN') });
  });

  it('refuses a missing or wrong token with 401 and writes nothing', async () => {
    const api = await start({ ingestToken: TOKEN });
    expect((await postJson(api, { articles: [{ name: 'a.txt', text: ARTICLE }] })).status).toBe(401);
    expect((await postJson(api, { articles: [{ name: 'a.txt', text: ARTICLE }] }, 'wrong-token-xxxxxxxx')).status).toBe(401);
    expect((await store.counts()).documents).toBe(0);
  });

  it('ingests JSON articles and answers per article, an empty one failed and the rest written', async () => {
    const api = await start({ ingestToken: TOKEN });
    const response = await postJson(api, { articles: [{ name: 'a.txt', text: ARTICLE }, { name: 'empty.txt', text: '  ' }] }, TOKEN);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ ingested: 1, failed: 1 });
    expect(body.articles[1]).toEqual({ source: 'empty.txt', status: 'failed', stage: 'read', error: 'INGEST_EMPTY_TEXT: the article is empty' });
    const again = await (await postJson(api, { articles: [{ name: 'a.txt', text: ARTICLE }] }, TOKEN)).json();
    expect(again).toMatchObject({ ingested: 0, unchanged: 1 });
  });

  it('ingests uploaded files and reports a binary one by name', async () => {
    const api = await start({ ingestToken: TOKEN });
    const form = new FormData();
    form.append('files', new Blob([ARTICLE]), 'seawall.txt');
    form.append('files', new Blob([new Uint8Array([0x89, 0x00, 0x01])]), 'photo.html');
    const response = await fetch(`${api}/ingest`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` }, body: form });
    const body = await response.json();
    expect(body.articles.map((a: { source: string; status: string }) => [a.source, a.status])).toEqual([
      ['seawall.txt', 'ingested'],
      ['photo.html', 'failed'],
    ]);
    expect(body.articles[1]).toEqual({ source: 'photo.html', status: 'failed', stage: 'read', error: 'INGEST_NOT_TEXT: the file is binary, not text (it contains NUL bytes)' });
  });

  it('rejects a body without articles with 400 naming the field', async () => {
    const api = await start({ ingestToken: TOKEN });
    const response = await postJson(api, { articles: [] }, TOKEN);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('"articles"') });
  });
});

describe('the OpenAPI document', () => {
  it('is served and lists every API route the app answers', async () => {
    const api = await start();
    const document = await (await fetch(`${api}/openapi.json`)).json();
    expect(Object.keys(document.paths).sort()).toEqual(
      [
        '/api/agencies/network',
        '/api/corrections',
        '/api/corrections/{id}',
        '/api/cypher',
        '/api/cypher/check',
        '/api/documents/{id}',
        '/api/entities/{id}',
        '/api/entities/{id}/neighborhood',
        '/api/entities/{id}/quotes',
        '/api/health',
        '/api/ingest',
        '/api/overview',
        '/api/quotes',
        '/api/said-about',
        '/api/search',
        '/api/timeline',
      ],
    );
  });
});
