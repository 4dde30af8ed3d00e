import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticles } from '../../ingest/index.ts';
import { createApp } from '../../server/app.ts';
import { createEmbeddedGraphStore } from '../../store/embedded/graph-store-embedded.ts';
import type { GraphStore } from '../../store/graph-store.ts';

const EDIT_TOKEN = 'an-edit-token-of-sixteen';
const TEXT = 'Senator John Smith opposes the budget and sued the Department of Labor, his office said on Monday.';

let folder: string;
let store: GraphStore;
const servers: { base: string; close: () => Promise<void> }[] = [];

async function serve(editToken: string | undefined): Promise<string> {
  const server = createApp({ store, editToken, log: () => undefined }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  servers.push({ base, close: () => new Promise((resolve) => server.close(() => resolve())) });
  return base;
}

async function call(base: string, method: string, path: string, body?: unknown, token?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-editor': 'Ada' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'correction-routes-'));
  store = await createEmbeddedGraphStore({ path: folder });
  const summary = await ingestArticles([{ source: 'smith.txt', format: 'txt', text: TEXT }], { store });
  expect(summary.failed).toEqual([]);
}, 60_000);

afterAll(async () => {
  for (const server of servers) await server.close();
  await store.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the corrections endpoints', () => {
  it('are off without EDIT_TOKEN: 403 saying how to turn them on', async () => {
    const base = await serve(undefined);
    const { status, body } = await call(base, 'POST', '/api/corrections', { action: 'delete', entity: 'person:john-smith' }, EDIT_TOKEN);
    expect(status).toBe(403);
    expect(body).toMatchObject({ code: 'ENDPOINT_DISABLED' });
    expect(String(body.message)).toContain('EDIT_TOKEN');
  });

  it('say in the log whether editing is on, so the explorer offers edits only then: off without EDIT_TOKEN, on with it', async () => {
    const off = await call(await serve(undefined), 'GET', '/api/corrections');
    const on = await call(await serve(EDIT_TOKEN), 'GET', '/api/corrections');
    expect([off.status, off.body.editing, on.status, on.body.editing]).toEqual([200, false, 200, true]);
  });

  it('refuse a missing or wrong token with 401, a bad body with 400 naming the field, an unknown id with 404 naming it, and change nothing', async () => {
    const base = await serve(EDIT_TOKEN);
    const rename = { action: 'rename', entity: 'person:john-smith', name: 'J. Smith' };
    expect((await call(base, 'POST', '/api/corrections', rename)).status).toBe(401);
    expect((await call(base, 'POST', '/api/corrections', rename, 'a-wrong-token-of-sixteen')).status).toBe(401);
    const badAction = await call(base, 'POST', '/api/corrections', { action: 'explode', entity: 'person:john-smith' }, EDIT_TOKEN);
    expect(badAction).toMatchObject({ status: 400, body: { code: 'INVALID_INPUT' } });
    expect(String(badAction.body.message)).toContain('"action"');
    const badType = await call(base, 'POST', '/api/corrections', { action: 'retype', entity: 'person:john-smith', type: 'Planet' }, EDIT_TOKEN);
    expect(String(badType.body.message)).toContain('"type"');
    const unknown = await call(base, 'POST', '/api/corrections', { action: 'merge', into: 'person:john-smith', entities: ['agency:nowhere'] }, EDIT_TOKEN);
    expect(unknown).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
    expect(String(unknown.body.message)).toContain('entities.0');
    expect(String(unknown.body.message)).toContain('agency:nowhere');
    expect((await call(base, 'GET', '/api/corrections')).body).toEqual({ corrections: [], editing: true });
    expect((await store.getEntity('person:john-smith'))?.name).toBe('John Smith');
  });

  it('record a correction (201), list it newest first, and undo it', async () => {
    const base = await serve(EDIT_TOKEN);
    const made = await call(base, 'POST', '/api/corrections', { action: 'rename', entity: 'person:john-smith', name: 'J. Smith', note: 'as he signs' }, EDIT_TOKEN);
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ action: 'rename', arguments: { entity: 'person:john-smith', name: 'J. Smith' }, editor: 'Ada', note: 'as he signs', undone: false });
    expect((await store.getEntity('person:john-smith'))?.name).toBe('J. Smith');
    const listed = await call(base, 'GET', '/api/corrections');
    expect(listed.body.corrections).toEqual([{ ...made.body, stale: false }]);
    const undone = await call(base, 'DELETE', `/api/corrections/${String(made.body.id)}`, undefined, EDIT_TOKEN);
    expect(undone).toMatchObject({ status: 200, body: { correction: { id: made.body.id, undone: true }, rederived: 1 } });
    expect((await store.getEntity('person:john-smith'))?.name).toBe('John Smith');
    expect((await call(base, 'DELETE', '/api/corrections/no-such-id', undefined, EDIT_TOKEN)).status).toBe(404);
  });
});
