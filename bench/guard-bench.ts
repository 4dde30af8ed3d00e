/**
 * One request cannot starve the others: a server (started as `npm run serve` starts it) on a store of
 * N synthetic articles answers /api/health and /api/search while `--heavy` clients send heavy
 * read-only Cypher back to back. Prints the latency medians and p95 of health and search, idle and
 * under load, and what the heavy queries got. With `--before <checkout>` it runs the same against
 * another checkout's server first (e.g. `git worktree add --detach /tmp/before main`) and prints the ratios.
 * @example npm run bench:guard -- --articles 500 --duration 20 --before /tmp/before
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import { ingestArticles } from '../ingest/index.ts';
import { createEmbeddedGraphStore } from '../store/embedded/graph-store-embedded.ts';
import { generateArticles } from './synthetic/generate-articles.ts';
import { createWorld } from './synthetic/world.ts';

// Kuzu counts `MATCH (a),(b),(c) RETURN count(*)` without forming the rows (a product of three counts,
// in milliseconds); comparing ids makes it visit every triple: minutes of work, cut by the time limit.
const HEAVY_QUERY = 'MATCH (a),(b),(c) WHERE a.id < b.id AND b.id < c.id RETURN count(*) AS triples';
const THIS_CHECKOUT = fileURLToPath(new URL('..', import.meta.url));
const TSX = join(THIS_CHECKOUT, 'node_modules/.bin/tsx');

const toWhole = (min: number, max: number) => (value: string): number => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) throw new InvalidArgumentError(`"${value}" is not a whole number from ${min} to ${max}.`);
  return number;
};
const options = new Command('bench:guard')
  .option('--articles <n>', 'synthetic articles in the store', toWhole(1, 100_000), 500)
  .option('--heavy <n>', 'clients sending heavy queries back to back', toWhole(1, 64), 8)
  .option('--duration <seconds>', 'length of the loaded run (the idle run is a third of it)', toWhole(3, 600), 20)
  .option('--query <cypher>', 'the heavy query', HEAVY_QUERY)
  .option('--data <dir>', 'store folder to reuse when it holds the articles (kept afterwards)')
  .option('--before <checkout>', 'another checkout (same store format) whose server runs first, for before/after ratios')
  .parse()
  .opts<{ articles: number; heavy: number; duration: number; query: string; data?: string; before?: string }>();

interface Sample { ms: number; ok: boolean }
interface RunFigures { label: string; idle: Record<Probe, Sample[]>; loaded: Record<Probe, Sample[]>; heavy: Map<string, number> }
type Probe = 'health' | 'search';

async function fillStore(folder: string): Promise<void> {
  const store = await createEmbeddedGraphStore({ path: folder });
  try {
    const { documents } = await store.counts();
    if (documents >= options.articles) return console.log(`reusing ${folder}: ${documents} documents`);
    const articles = [...generateArticles(options.articles, { seed: 1 })].map(({ name, text }) => ({ source: name, format: 'txt' as const, text }));
    const start = performance.now();
    const summary = await ingestArticles(articles, { store, workers: 1 });
    console.log(`filled ${folder}: ${summary.ingested} articles in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  } finally {
    await store.close();
  }
}

/** Starts a checkout's server the way its `npm run serve` does (through its supervisor when it has one); resolves with its URL. */
function startServer(checkout: string, dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const entry = existsSync(join(checkout, 'server/supervise.ts')) ? 'server/supervise.ts' : 'server/main.ts';
  const env = { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '1000000', INGEST_TOKEN: '' };
  const child = spawn(TSX, [join(checkout, entry)], { cwd: checkout, env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /News graph explorer: (http:\/\/\S+?)\/? /.exec(output)?.[1];
      if (url) resolve({ child, url });
    });
    child.once('exit', (code, signal) => reject(new Error(`the server in ${checkout} exited (${signal ?? code}) before listening:\n${output}`)));
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Requests one probe after another, a pause between, until `stop` says so. */
async function sample(url: string, stop: () => boolean): Promise<Sample[]> {
  const samples: Sample[] = [];
  while (!stop()) {
    const start = performance.now();
    const response = await fetch(url, { signal: AbortSignal.timeout(120_000) }).catch(() => null);
    await response?.arrayBuffer();
    samples.push({ ms: performance.now() - start, ok: response?.ok ?? false });
    await sleep(50);
  }
  return samples;
}

/** Sends the heavy query back to back, waiting as Retry-After says when refused; counts the answers by status and code. */
async function sendHeavy(url: string, stop: () => boolean, answers: Map<string, number>): Promise<void> {
  while (!stop()) {
    const response = await fetch(`${url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: options.query }),
      signal: AbortSignal.timeout(300_000),
    }).catch((error: Error) => error);
    const key = response instanceof Error ? `error ${response.name}` : `${response.status} ${((await response.json()) as { code?: string }).code ?? ''}`.trim();
    answers.set(key, (answers.get(key) ?? 0) + 1);
    const retryAfter = response instanceof Error ? 1 : Number(response.headers.get('retry-after') ?? 0);
    if (retryAfter > 0) await sleep(retryAfter * 1000);
  }
}

async function probe(url: string, seconds: number): Promise<Record<Probe, Sample[]>> {
  const until = performance.now() + seconds * 1000;
  const stop = () => performance.now() > until;
  const [health, search] = await Promise.all([sample(`${url}/api/health`, stop), sample(`${url}/api/search?q=${searchTerm()}`, stop)]);
  return { health, search };
}

function searchTerm(): string {
  return encodeURIComponent(createWorld().people[0]!.last.slice(0, 4).toLowerCase());
}

async function measure(label: string, checkout: string, dataDir: string): Promise<RunFigures> {
  const { child, url } = await startServer(checkout, dataDir);
  try {
    await fetch(`${url}/api/health`);
    const idle = await probe(url, Math.max(2, options.duration / 3));
    const heavy = new Map<string, number>();
    let loading = true;
    const senders = Array.from({ length: options.heavy }, () => sendHeavy(url, () => !loading, heavy));
    await sleep(500); // the heavy queries are in before the first probe
    const loaded = await probe(url, options.duration);
    loading = false;
    process.stderr.write(`${label}: waiting for the heavy queries in flight to end…\n`);
    await Promise.all(senders);
    return { label, idle, loaded, heavy };
  } finally {
    await stopServer(child);
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

function describe(samples: Sample[]): string {
  const ms = samples.map((each) => each.ms);
  const failed = samples.filter((each) => !each.ok).length;
  return `median ${percentile(ms, 0.5).toFixed(1)} ms, p95 ${percentile(ms, 0.95).toFixed(1)} ms, max ${Math.max(...ms).toFixed(0)} ms (${samples.length} requests${failed ? `, ${failed} failed` : ''})`;
}

function report(run: RunFigures): void {
  console.log(`\n${run.label}`);
  for (const probe of ['health', 'search'] as const) {
    console.log(`  /api/${probe} idle:    ${describe(run.idle[probe])}`);
    console.log(`  /api/${probe} loaded:  ${describe(run.loaded[probe])}`);
  }
  console.log(`  heavy queries answered: ${[...run.heavy].map(([key, count]) => `${key} ×${count}`).join(', ')}`);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const folder = options.data ?? (await mkdtemp(join(tmpdir(), 'guard-bench-')));
try {
  await fillStore(folder);
  console.log(`guard bench: ${options.heavy} clients sending heavy queries for ${options.duration} s; health and search probed one after another`);
  console.log(`  heavy query: ${options.query}`);
  console.log(`  machine: ${availableParallelism()} cores, load average ${loadavg().map((load) => load.toFixed(1)).join(' ')} (others share it)`);
  const runs: RunFigures[] = [];
  if (options.before) runs.push(await measure(`before (${resolve(options.before)})`, resolve(options.before), folder));
  runs.push(await measure(`this checkout (${THIS_CHECKOUT})`, THIS_CHECKOUT, folder));
  runs.forEach(report);
  if (runs.length === 2) {
    const [before, after] = runs as [RunFigures, RunFigures];
    console.log('\nunder load, before → after (p95)');
    for (const probe of ['health', 'search'] as const) {
      const [was, now] = [percentile(before.loaded[probe].map((s) => s.ms), 0.95), percentile(after.loaded[probe].map((s) => s.ms), 0.95)];
      console.log(`  /api/${probe}: ${was.toFixed(1)} ms → ${now.toFixed(1)} ms (×${(was / now).toFixed(1)} faster)`);
    }
  }
} finally {
  if (!options.data) await rm(folder, { recursive: true, force: true });
}
