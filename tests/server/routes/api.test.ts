import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app.ts';
import { listenOnFreePort } from './listen.fixtures.ts';
import { createEmbeddedGraphStore } from '../../../store/embedded/graph-store-embedded.ts';
import type { GraphStore } from '../../../store/graph-store.ts';
import { budgetArticle, floodArticle } from '../../fixtures/extractions.fixtures.ts';

let store: GraphStore;
let base: string;
let close: () => Promise<void>;

beforeAll(async () => {
  store = await createEmbeddedGraphStore({ path: ':memory:' });
  for (const article of [floodArticle, budgetArticle]) {
    await store.writeExtraction(article, { source: article.document.source ?? 'fixture', ingestedAt: '2026-11-23T00:00:00Z', text: 'text' });
  }
  ({ api: base, close } = await listenOnFreePort(createApp({ store, log: () => undefined })));
});

afterAll(async () => {
  await close();
  await store.close();
});

async function get(path: string) {
  const response = await fetch(base + path);
  return { status: response.status, body: await response.json() };
}

async function post(path: string, body: string) {
  const response = await fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: response.status, body: await response.json() };
}

describe('the API', () => {
  it('reports health with the backend and the counts', async () => {
    const { status, body } = await get('/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', backend: 'embedded', counts: { documents: 2, quotes: 2 } });
  });

  it('searches by alias and filters by type', async () => {
    expect((await get('/search?q=cro')).body.results.map((e: { id: string }) => e.id)).toEqual(['agency:cro']);
    expect((await get('/search?q=cro&type=Person')).body.results).toEqual([]);
  });

  it('rejects a search without q, and an unknown type, with 400 naming the field', async () => {
    expect(await get('/search')).toMatchObject({ status: 400, body: { code: 'INVALID_INPUT', message: expect.stringContaining('"q"') } });
    expect(await get('/search?q=x&type=Planet')).toMatchObject({ status: 400, body: { message: expect.stringContaining('"type"') } });
  });

  it('returns an entity, and 404 NOT_FOUND for an unknown id', async () => {
    expect(await get('/entities/person%3Alena-marsh')).toMatchObject({ status: 200, body: { name: 'Lena Marsh', quotesSaid: 1 } });
    expect(await get('/entities/person%3Anobody')).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
    expect(await get('/entities/person%3Anobody/neighborhood')).toMatchObject({ status: 404 });
  });

  it('returns a neighbourhood, quotes said and about, and the overview', async () => {
    const { body: graph } = await get('/entities/agency%3Acro/neighborhood');
    expect(graph.nodes.length).toBe(4);
    const { body: quotes } = await get('/entities/person%3Alena-marsh/quotes');
    expect(quotes.said).toHaveLength(1);
    expect(quotes.about).toHaveLength(1);
    expect((await get('/quotes?speaker=agency%3Acro')).body.quotes).toHaveLength(1);
    expect((await get('/overview?limit=3')).body.nodes).toHaveLength(3);
  });

  it('pages quotes, counts who said what about whom, draws the agency network and shows a document', async () => {
    const page = (await get('/quotes?limit=1')).body;
    expect(page.quotes).toHaveLength(1);
    expect((await get(`/quotes?limit=1&cursor=${page.nextCursor}`)).body.nextCursor).toBeNull();
    expect((await get('/said-about?speakers=agency%3Acro')).body.cells).toHaveLength(1);
    expect((await get('/agencies/network')).body.edges.map((edge: { type: string }) => edge.type)).toEqual(['OPPOSES']);
    expect((await get(`/documents/${'a'.repeat(64)}`)).body.title).toBe('Governor pledges seawall');
    expect(await get(`/documents/${'0'.repeat(64)}`)).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
    expect(await get('/documents/not-an-id')).toMatchObject({ status: 400, body: { message: expect.stringContaining('"id"') } });
    expect(await get('/quotes?cursor=-1')).toMatchObject({ status: 400, body: { message: expect.stringContaining('"cursor"') } });
  });

  it('checks a query without running it, naming the problem and its position', async () => {
    expect((await post('/cypher/check', JSON.stringify({ query: 'MATCH (n:Person|Agency) RETURN labels(n)' }))).body).toEqual({ ok: true });
    const bad = (await post('/cypher/check', JSON.stringify({ query: 'MATCH (n RETURN n' }))).body;
    expect(bad).toMatchObject({ ok: false, code: 'CYPHER_INVALID', message: expect.stringMatching(/line 1/i) });
    expect((await post('/cypher/check', JSON.stringify({ query: 'MATCH (n) DELETE n' }))).body).toMatchObject({ ok: false, code: 'CYPHER_WRITE_REFUSED' });
  });

  it('answers a read query with columns, rows and graph', async () => {
    const { status, body } = await post('/cypher', JSON.stringify({ query: 'MATCH (a:Agency) RETURN a.name AS name' }));
    expect(status).toBe(200);
    expect(body).toMatchObject({ columns: ['name'], rows: [{ name: 'Coastal Resilience Office' }], truncated: false });
  });

  it('refuses a write on /cypher with 400 CYPHER_WRITE_REFUSED and keeps the graph', async () => {
    const { status, body } = await post('/cypher', JSON.stringify({ query: 'MATCH (n) DETACH DELETE n' }));
    expect(status).toBe(400);
    expect(body.code).toBe('CYPHER_WRITE_REFUSED');
    expect((await get('/health')).body.counts.documents).toBe(2);
  });

  it('answers malformed JSON, an empty query and a syntax error with 400 and no stack trace', async () => {
    expect(await post('/cypher', '{"query":')).toMatchObject({ status: 400, body: { code: 'INVALID_BODY' } });
    expect(await post('/cypher', '{"query":"  "}')).toMatchObject({ status: 400, body: { code: 'INVALID_INPUT' } });
    const syntax = await post('/cypher', JSON.stringify({ query: 'MATCH (n RETURN n' }));
    expect(syntax).toMatchObject({ status: 400, body: { code: 'CYPHER_INVALID' } });
    expect(JSON.stringify(syntax.body)).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('answers an unknown API path with a JSON 404', async () => {
    expect(await get('/nothing-here')).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
  });
});
