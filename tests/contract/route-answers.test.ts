import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes, type RouteAnswer, type RouteName } from '../../contract/routes.ts';
import { createApp } from '../../server/app.ts';
import type { GraphStore } from '../../store/graph-store.ts';
import { createSampleStore } from '../support/start-sample-server.ts';

const TOKEN = 'a-token-of-sixteen-chars';
const EDIT_TOKEN = 'an-edit-token-of-sixteen';

/** A real request to one route, the status it must get, and what must be in a 200 answer beyond its schema. */
interface Call {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  body?: unknown;
  token?: string;
  status: number;
  /** A 200 answer that is empty proves little: this picks the part that must not be. */
  nonEmpty?: (body: never) => unknown[];
}

let store: GraphStore;
let base: string;
let close: () => Promise<void>;
let calls: Record<RouteName, Call[]>;

beforeAll(async () => {
  store = await createSampleStore();
  const server = createApp({ store, ingestToken: TOKEN, editToken: EDIT_TOKEN, log: () => undefined }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
  calls = await toCalls(store);
}, 60_000);

afterAll(async () => {
  await close();
  await store.close();
});

/** Requests for every route in the table, with ids taken from the sample data so the answers hold something. */
async function toCalls(sample: GraphStore): Promise<Record<RouteName, Call[]>> {
  const quote = (await sample.findQuotes({ limit: 200 })).quotes.find((found) => found.speaker && found.about.length > 0);
  if (!quote?.speaker) throw new Error('the samples hold no quote with a speaker and a subject');
  const entity = encodeURIComponent(quote.speaker.id);
  const [firstWord = ''] = quote.speaker.name.split(' ');
  const get = (path: string, status = 200, nonEmpty?: Call['nonEmpty']): Call => ({ method: 'GET', path, status, nonEmpty });
  const post = (path: string, body: unknown, status = 200, token?: string): Call => ({ method: 'POST', path, body, status, token });
  const rename = { action: 'rename', entity: quote.speaker.id, name: `${quote.speaker.name} (checked)` } as const;
  const made = await sample.addCorrection(rename, { editor: 'route test' });
  return {
    getHealth: [get('/api/health')],
    searchEntities: [get(`/api/search?q=${encodeURIComponent(firstWord)}`, 200, (body: { results: unknown[] }) => body.results), get('/api/search', 400)],
    getOverview: [get('/api/overview?limit=30', 200, (body: { edges: unknown[] }) => body.edges), get('/api/overview?limit=0', 400)],
    getEntity: [get(`/api/entities/${entity}`, 200, (body: { documents: unknown[] }) => body.documents), get('/api/entities/person%3Anobody', 404)],
    getNeighborhood: [
      get(`/api/entities/${entity}/neighborhood?depth=2`, 200, (body: { edges: unknown[] }) => body.edges),
      get(`/api/entities/${entity}/neighborhood?depth=3`, 400),
      get('/api/entities/person%3Anobody/neighborhood', 404),
    ],
    getQuotes: [get(`/api/entities/${entity}/quotes`, 200, (body: { said: unknown[] }) => body.said), get(`/api/entities/${'x'.repeat(301)}/quotes`, 400)],
    findQuotes: [get(`/api/quotes?speaker=${entity}&limit=1`, 200, (body: { quotes: unknown[] }) => body.quotes), get('/api/quotes?cursor=1000001', 400)],
    getSaidAbout: [get('/api/said-about', 200, (body: { cells: unknown[] }) => body.cells), get('/api/said-about?limit=2001', 400)],
    getAgencyNetwork: [get('/api/agencies/network', 200, (body: { edges: unknown[] }) => body.edges), get('/api/agencies/network?limit=0', 400)],
    getTimeline: [
      get('/api/timeline?bucket=week', 200, (body: { bars: unknown[] }) => body.bars),
      get(`/api/timeline?entity=${entity}`, 200, (body: { bars: unknown[] }) => body.bars),
      get('/api/timeline?bucket=month', 400),
    ],
    getDocument: [
      get(`/api/documents/${quote.document.id}`, 200, (body: { quotes: unknown[]; mentions: unknown[]; relations: unknown[] }) => [
        ...body.quotes.slice(0, 1),
        ...body.mentions.slice(0, 1),
        ...body.relations.slice(0, 1),
      ]),
      get(`/api/documents/${'0'.repeat(64)}`, 404),
      get('/api/documents/not-an-id', 400),
    ],
    runCypher: [
      { ...post('/api/cypher', { query: 'MATCH (a)-[r]->(b) RETURN a, r, b, a.name AS name LIMIT 5' }), nonEmpty: (body: { graph: { edges: unknown[] } }) => body.graph.edges },
      post('/api/cypher', { query: 'MATCH (n) DETACH DELETE n' }, 400),
    ],
    checkCypher: [
      post('/api/cypher/check', { query: 'MATCH (n) RETURN n' }),
      post('/api/cypher/check', { query: 'MATCH (n RETURN n' }),
      post('/api/cypher/check', { query: '' }, 400),
    ],
    ingestArticles: [
      {
        ...post('/api/ingest', { articles: [{ name: 'seawall.txt', text: 'Seawall vote\n\nMayor Dana Whitlow said, "We will finish it."\n' }, { name: 'empty.txt', text: ' ' }] }, 200, TOKEN),
        nonEmpty: (body: { articles: unknown[] }) => body.articles,
      },
      post('/api/ingest', { articles: [] }, 400, TOKEN),
      post('/api/ingest', { articles: [] }, 401, 'a-wrong-token-of-sixteen'),
    ],
    createCorrection: [
      post('/api/corrections', { ...rename, note: 'checked against the source' }, 201, EDIT_TOKEN),
      post('/api/corrections', { action: 'merge', into: quote.speaker.id, entities: ['person:nobody-at-all'] }, 404, EDIT_TOKEN),
      post('/api/corrections', { action: 'merge', into: quote.speaker.id }, 400, EDIT_TOKEN),
      post('/api/corrections', rename, 401),
    ],
    listCorrections: [get('/api/corrections', 200, (body: { corrections: unknown[] }) => body.corrections)],
    undoCorrection: [
      { method: 'DELETE', path: `/api/corrections/${made.id}`, status: 200, token: EDIT_TOKEN },
      { method: 'DELETE', path: '/api/corrections/no-such-id', status: 404, token: EDIT_TOKEN },
      { method: 'DELETE', path: `/api/corrections/${made.id}`, status: 401, token: 'a-wrong-token-of-sixteen' },
    ],
  };
}

async function send(call: Call): Promise<{ status: number; type: string | null; body: unknown }> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (call.body !== undefined) headers['content-type'] = 'application/json';
  if (call.token) headers.authorization = `Bearer ${call.token}`;
  const response = await fetch(base + call.path, { method: call.method, headers, body: call.body === undefined ? undefined : JSON.stringify(call.body) });
  return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
}

describe('every route answers what the contract says', () => {
  it.each(Object.keys(apiRoutes) as RouteName[])('%s: each real answer parses with the schema of its status, unknown fields refused', async (name) => {
    const route = apiRoutes[name];
    const routeCalls = calls[name];
    expect(routeCalls.some((call) => call.status === 200 || call.status === 201), `${name} has no request that succeeds`).toBe(true);
    for (const call of routeCalls) {
      const { status, type, body } = await send(call);
      expect(status, `${call.method} ${call.path} → ${JSON.stringify(body).slice(0, 300)}`).toBe(call.status);
      expect(type).toMatch(/^application\/json/);
      const answer = (route.responses as Readonly<Record<number, RouteAnswer>>)[status];
      expect(answer, `${name} does not document status ${status}`).toBeDefined();
      expect(answer!.schema.safeParse(body).error?.issues ?? [], `${call.method} ${call.path}`).toEqual([]);
      if (call.nonEmpty) expect(call.nonEmpty(body as never).length, `${call.method} ${call.path} answered nothing to check`).toBeGreaterThan(0);
    }
  });

  it('refuses an answer with a field the contract does not name, at any depth', async () => {
    const health = (await send({ method: 'GET', path: '/api/health', status: 200 })).body as { counts: object };
    const schema = apiRoutes.getHealth.responses[200].schema;
    expect(schema.safeParse(health).success).toBe(true);
    expect(schema.safeParse({ ...health, uptime: 1 }).success).toBe(false);
    expect(schema.safeParse({ ...health, counts: { ...health.counts, events: 1 } }).success).toBe(false);
  });
});
