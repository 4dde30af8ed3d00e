import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestArticles } from '../../ingest/index.ts';
import { toArticleFormat } from '../../ingest/read-article.ts';
import { createEmbeddedGraphStore } from '../../store/embedded/graph-store-embedded.ts';
import type { GraphCounts } from '../../store/graph-store.ts';
import { SAMPLES_DIR } from '../support/start-sample-server.ts';

const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const SUPERVISE = join(process.cwd(), 'server/supervise.ts');
const TOKEN = 'a-token-of-sixteen-chars';

let folder: string;
let supervisor: ChildProcess | null = null;
let log = '';

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'supervise-'));
  log = '';
});

afterEach(async () => {
  if (supervisor && supervisor.exitCode === null) {
    const exited = new Promise((resolve) => supervisor!.once('exit', resolve));
    supervisor.kill('SIGTERM');
    await exited;
  }
  supervisor = null;
  await rm(folder, { recursive: true, force: true });
});

async function findFreePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => probe.once('listening', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts `npm run serve`'s supervisor on the test's data folder; resolves with the API's URL. */
async function startSupervised(): Promise<string> {
  const port = await findFreePort();
  const env = { ...process.env, DATA_DIR: join(folder, 'data'), PORT: String(port), HOST: '127.0.0.1', INGEST_TOKEN: TOKEN };
  supervisor = spawn(TSX, [SUPERVISE], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  supervisor.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  supervisor.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  return `http://127.0.0.1:${port}/api`;
}

/** The pid of the server the supervisor started last. */
function serverPid(): number {
  const pids = [...log.matchAll(/server started \(pid (\d+)\)/g)].map((match) => Number(match[1]));
  return pids[pids.length - 1]!;
}

async function healthy(api: string): Promise<GraphCounts> {
  for (;;) {
    const response = await fetch(`${api}/health`).catch(() => null);
    if (response?.ok) return ((await response.json()) as { counts: GraphCounts }).counts;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The sample articles, `copies` times over, each copy a distinct document by its first line. */
async function sampleArticles(copies: number): Promise<{ name: string; text: string }[]> {
  const names = (await readdir(SAMPLES_DIR)).filter((name) => /\.(txt|md)$/.test(name) && !/readme/i.test(name));
  const texts = await Promise.all(names.map((name) => readFile(join(SAMPLES_DIR, name), 'utf8')));
  return Array.from({ length: copies }, (_, copy) => names.map((name, i) => ({ name: `${copy}-${name}`, text: `Edition ${copy}\n${texts[i]}` }))).flat();
}

function postArticles(api: string, articles: { name: string; text: string }[]) {
  return fetch(`${api}/ingest`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ articles }),
  });
}

describe('the supervised server (npm run serve)', () => {
  it('comes back by itself within seconds after a SIGSEGV or a SIGKILL, and the log says why', async () => {
    const api = await startSupervised();
    await healthy(api);
    for (const signal of ['SIGSEGV', 'SIGKILL'] as const) {
      const crashed = serverPid();
      process.kill(crashed, signal);
      const killedAt = performance.now();
      while (serverPid() === crashed) await new Promise((resolve) => setTimeout(resolve, 50));
      await healthy(api);
      expect(performance.now() - killedAt).toBeLessThan(15_000);
      expect(log).toContain(`server (pid ${crashed}) was killed by ${signal}`);
    }
  }, 90_000);

  it('loses no more than the articles in flight when it dies during an HTTP ingest, and half of none: the store reopens and a resend completes it', async () => {
    const articles = await sampleArticles(12);
    // two requests of 48 (a request carries at most 50), written in batches of 32
    const halves = [articles.slice(0, 48), articles.slice(48)];
    const api = await startSupervised();
    await healthy(api);
    const cut = halves.map((half) => postArticles(api, half).then((response) => response.status, () => 'connection lost'));
    // a first batch is written: the others are being extracted or written when the server dies
    while ((await healthy(api)).documents === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    process.kill(serverPid(), 'SIGKILL');
    expect(await Promise.all(cut)).toContain('connection lost');
    const afterCrash = await healthy(api);
    expect(afterCrash.documents).toBeGreaterThan(0);
    expect(afterCrash.documents).toBeLessThan(articles.length);

    let ingested = 0;
    let unchanged = 0;
    for (const half of halves) {
      const resent = await (await postArticles(api, half)).json();
      expect(resent).toMatchObject({ failed: 0 });
      ingested += resent.ingested;
      unchanged += resent.unchanged;
    }
    expect({ ingested, unchanged }).toEqual({ ingested: articles.length - afterCrash.documents, unchanged: afterCrash.documents });
    const reference = await createEmbeddedGraphStore({ path: ':memory:' });
    try {
      await ingestArticles(articles.map(({ name, text }) => ({ source: name, format: toArticleFormat(name) ?? 'txt', text })), { store: reference });
      expect(await healthy(api)).toEqual(await reference.counts());
    } finally {
      await reference.close();
    }
  }, 180_000);
});
