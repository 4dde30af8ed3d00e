import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app.ts';
import { listenOnFreePort } from './listen.fixtures.ts';
import { MAX_ARTICLE_BYTES } from '../../../contract/ingest.ts';
import { createEmbeddedGraphStore } from '../../../store/embedded/graph-store-embedded.ts';
import type { GraphStore } from '../../../store/graph-store.ts';

const TOKEN = 'a-token-of-sixteen-chars';
const ARTICLE = 'Seawall vote\n\nHARBORTON — Mayor Dana Whitlow said, "We will finish the seawall by spring."\n';
const AUTH = { authorization: `Bearer ${TOKEN}` };

let store: GraphStore;
let api: string;
let close: () => Promise<void>;

beforeAll(async () => {
  store = await createEmbeddedGraphStore({ path: ':memory:' });
  ({ api, close } = await listenOnFreePort(createApp({ store, ingestToken: TOKEN, log: () => undefined })));
});

afterAll(async () => {
  await close();
  await store.close();
});

async function upload(form: FormData) {
  const response = await fetch(`${api}/ingest`, { method: 'POST', headers: AUTH, body: form });
  return { status: response.status, body: await response.json() };
}

async function postRaw(contentType: string, body: string) {
  const response = await fetch(`${api}/ingest`, { method: 'POST', headers: { ...AUTH, 'content-type': contentType }, body });
  return { status: response.status, body: await response.json() };
}

const formWith = (field: string, ...files: [string, BlobPart][]) => {
  const form = new FormData();
  for (const [name, content] of files) form.append(field, new Blob([content]), name);
  return form;
};

describe('a malformed upload', () => {
  it('in the wrong field is refused with 400 INVALID_UPLOAD naming the field it came in and the one to use', async () => {
    expect(await upload(formWith('file', ['seawall.txt', ARTICLE]))).toMatchObject({
      status: 400,
      body: { code: 'INVALID_UPLOAD', message: expect.stringMatching(/field "file".*field "files"/) },
    });
  });

  it('with more files than one request may carry is refused with 400 naming the field and the limit', async () => {
    const files = Array.from({ length: 51 }, (_, i): [string, BlobPart] => [`article-${i}.txt`, ARTICLE]);
    expect(await upload(formWith('files', ...files))).toMatchObject({
      status: 400,
      body: { code: 'INVALID_UPLOAD', message: expect.stringMatching(/"files".*at most 50/) },
    });
  });

  it('with a file over the size limit is refused with 413 UPLOAD_TOO_LARGE naming the field', async () => {
    const big = 'a'.repeat(MAX_ARTICLE_BYTES + 1);
    expect(await upload(formWith('files', ['big.txt', big]))).toMatchObject({
      status: 413,
      body: { code: 'UPLOAD_TOO_LARGE', message: expect.stringContaining('"files"') },
    });
  });

  it('without a boundary, or with one the body does not have, is refused with 400 INVALID_UPLOAD', async () => {
    expect(await postRaw('multipart/form-data', 'whatever')).toMatchObject({
      status: 400,
      body: { code: 'INVALID_UPLOAD', message: expect.stringContaining('Boundary not found') },
    });
    expect(await postRaw('multipart/form-data; boundary=abc', '--xyz\r\nnot a part\r\n')).toMatchObject({
      status: 400,
      body: { code: 'INVALID_UPLOAD', message: expect.stringContaining('"files"') },
    });
  });

  it('with no file at all is refused with 400 naming the field to send them in', async () => {
    const form = new FormData();
    form.append('note', 'no files here');
    expect(await upload(form)).toMatchObject({ status: 400, body: { code: 'INVALID_INPUT', message: expect.stringContaining('"files"') } });
  });
});

describe('a badly percent-encoded path', () => {
  it('answers 400 INVALID_PATH saying what is wrong with the path, not with a JSON body', async () => {
    const response = await fetch(`${api}/entities/%E0%A4%A`);
    const body = await response.json();
    expect(response.status).toBe(400);
    expect(body).toMatchObject({ code: 'INVALID_PATH', message: expect.stringContaining('percent-encoding') });
    expect(body.message).toContain('/api/entities/%E0%A4%A');
    expect(body.message).not.toContain('JSON');
  });
});

describe('the source of an ingested document', () => {
  it("keeps only the file name of a path from the sender's machine, in the answer and in the document API", async () => {
    const form = formWith('files', ['C:\\Users\\ana\\news\\seawall.txt', ARTICLE]);
    const uploaded = await upload(form);
    expect(uploaded.body.articles).toEqual([expect.objectContaining({ source: 'seawall.txt', status: 'ingested' })]);
    const levy = { name: '/home/ana/news/levy.txt', text: 'PORT VALEN — The port authority said it would raise the levy. "It is overdue," said Tomas Reyl.' };
    const sent = await (await fetch(`${api}/ingest`, { method: 'POST', headers: { ...AUTH, 'content-type': 'application/json' }, body: JSON.stringify({ articles: [levy] }) })).json();
    expect(sent.articles).toEqual([expect.objectContaining({ source: 'levy.txt', status: 'ingested' })]);
    for (const { documentId, source } of [...uploaded.body.articles, ...sent.articles]) {
      const document = await (await fetch(`${api}/documents/${documentId}`)).json();
      expect(document.source).toBe(source);
      expect(JSON.stringify(document)).not.toMatch(/Users|home\/ana/);
    }
  });

  it('that comes again with a new text is replaced, and the answer counts it as the CLI does', async () => {
    const send = (text: string) =>
      fetch(`${api}/ingest`, { method: 'POST', headers: { ...AUTH, 'content-type': 'application/json' }, body: JSON.stringify({ articles: [{ name: 'ferry.txt', text }] }) }).then((r) => r.json());
    await send('PORT VALEN — Harbour Master Ines Kowal said the ferry would run again. "We are ready," Kowal said.');
    const again = await send('PORT VALEN — Harbour Master Ines Kowal said the ferry would run on Monday. "We are ready," Kowal said.');
    expect(again).toMatchObject({ ingested: 0, replaced: 1, unchanged: 0, failed: 0, articles: [{ source: 'ferry.txt', status: 'replaced' }] });
  });
});
