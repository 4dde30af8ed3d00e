/**
 * Store benchmark at archive scale: N synthetic articles ingested end to end through the ingest
 * pipeline (extraction in worker threads while the store writes batches) into a fresh on-disk
 * embedded store. At checkpoints (1,000, 2,000, 5,000, … articles) the ingest pauses and the reads the
 * explorer makes are timed, so the figures show how each grows with the archive. Ends with a
 * re-ingest of 500 stored articles (all must be unchanged) and the peak memory of the process.
 * @example npm run bench:store -- --articles 10000
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { ingestArticles } from '../ingest/index.ts';
import type { Article } from '../ingest/article.ts';
import { createEmbeddedGraphStore } from '../store/embedded/graph-store-embedded.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { createRandom, generateArticles } from './synthetic/generate-articles.ts';

const toCount = (value: string): number => {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) throw new InvalidArgumentError(`"${value}" is not a whole number.`);
  return count;
};
const options = new Command('bench:store')
  .option('--articles <n>', 'how many synthetic articles to ingest', toCount, 10_000)
  .option('--seed <n>', 'seed of the article generator', toCount, 1)
  .option('--batch <n>', 'articles per write transaction', toCount, 32)
  .option('--workers <n>', 'extraction worker threads (0: extract in the main thread)', toCount, availableParallelism())
  .option('--reads <n>', 'calls per read and checkpoint', toCount, 200)
  .option('--buffer-pool-mb <n>', "the embedded store's buffer pool (default: the store's, as EMBEDDED_BUFFER_POOL_MB)", toCount)
  .option('--checkpoint-mb <n>', "write-ahead log size at which the embedded store checkpoints (default: the store's)", toCount)
  .option('--keep', 'keep the store folder and print its path')
  .parse()
  .opts<{ articles: number; seed: number; batch: number; workers: number; reads: number; bufferPoolMb?: number; checkpointMb?: number; keep?: boolean }>();

/** The value below which `p` of the sorted values fall (nearest rank). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0;
}
const ms = (value: number) => `${value.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Bytes under a folder, recursively. */
async function sizeOf(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.size;
  const entries = await readdir(path);
  return (await Promise.all(entries.map((entry) => sizeOf(join(path, entry))))).reduce((sum, size) => sum + size, 0);
}

/** Short hashes of the files the figures depend on: the tree changes while benchmarks run. */
async function describeCode(): Promise<string> {
  const files = ['ingest/index.ts', 'ingest/extract-article.ts', 'store/embedded/graph-store-embedded.ts', 'store/plan-writes.ts', 'store/cypher/read-queries.ts'];
  const hashes = await Promise.all(
    files.map(async (file) => {
      const text = await readFile(new URL(`../${file}`, import.meta.url)).catch(() => null);
      return `${file.split('/').at(-1)} ${text ? createHash('sha256').update(text).digest('hex').slice(0, 8) : 'missing'}`;
    }),
  );
  return hashes.join(', ');
}

/** A store that times its write transactions, so ingest time splits into waiting for the store and the rest. */
function timeWrites(store: GraphStore, batchMs: number[]): GraphStore {
  return Object.assign(Object.create(store) as GraphStore, {
    writeExtractions: async (items: Parameters<GraphStore['writeExtractions']>[0]) => {
      const start = performance.now();
      try {
        return await store.writeExtractions(items);
      } finally {
        batchMs.push(performance.now() - start);
      }
    },
  });
}

const CHECKPOINTS = [1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000];
const READS = ['search', 'entity', '1-hop', '2-hop ≤500', 'quotes by speaker'] as const;
type ReadName = (typeof READS)[number];
const TARGET_P95: Record<ReadName, number> = { search: 30, entity: 50, '1-hop': 50, '2-hop ≤500': 200, 'quotes by speaker': 50 };

type ReadTimes = Record<ReadName, { p50: number; p95: number }>;

interface Checkpoint {
  articles: number;
  articlesPerSecond: number;
  writeMedianMs: number;
  reads: ReadTimes;
  rss: number;
  /** The main thread's JavaScript heap and the memory its objects hold outside it. */
  heap: number;
}

/** p50 and p95 of each read, over entities drawn by their mentions (popular ones more often, as users pick them). */
async function timeReads(store: GraphStore, calls: number, next: () => number): Promise<ReadTimes> {
  const { rows } = await store.runReadQuery(
    'MATCH (n) WHERE label(n) IN ["Person", "Agency", "Organization", "Place"] RETURN n.id AS id, n.name AS name, n.mentions AS mentions',
    { rowLimit: 1_000_000, timeoutMs: 60_000 },
  );
  const entities = rows.map((row) => ({ id: String(row.id), name: String(row.name), weight: Math.sqrt(Number(row.mentions) || 1) }));
  const total = entities.reduce((sum, entity) => sum + entity.weight, 0);
  const pick = () => {
    let at = next() * total;
    for (const entity of entities) if ((at -= entity.weight) <= 0) return entity;
    return entities[entities.length - 1]!;
  };
  const people = entities.filter((entity) => entity.id.startsWith('person:'));
  const reads: Record<ReadName, () => Promise<unknown>> = {
    search: () => {
      const entity = pick();
      // what a user types: the whole name, or its first letters
      return store.searchEntities(next() < 0.5 ? entity.name : entity.name.slice(0, 4));
    },
    entity: () => store.getEntity(pick().id),
    '1-hop': () => store.getNeighborhood(pick().id),
    '2-hop ≤500': () => store.getNeighborhood(pick().id, { depth: 2, limit: 500 }),
    'quotes by speaker': () => store.quotesBySpeaker(people[Math.floor(next() * people.length)]!.id),
  };
  const result = {} as ReadTimes;
  for (const name of READS) {
    const times: number[] = [];
    for (let i = 0; i < calls; i++) {
      const start = performance.now();
      await reads[name]();
      times.push(performance.now() - start);
    }
    result[name] = { p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
  }
  return result;
}

const generatedAt = performance.now();
const articles: Article[] = [...generateArticles(options.articles, { seed: options.seed })].map(({ name, text }) => ({ source: name, format: 'txt', text }));
const chars = articles.reduce((sum, article) => sum + article.text.length, 0);
console.log(`store bench: ${articles.length} synthetic articles (seed ${options.seed}), ${(chars / Math.max(articles.length, 1)).toFixed(0)} characters on average, generated in ${ms(performance.now() - generatedAt)}`);
console.log(`  code: ${await describeCode()}`);
console.log(`  machine: ${availableParallelism()} cores, load average ${loadavg().map((load) => load.toFixed(1)).join(' ')} (others share it)`);
console.log(`  ingest: ${options.workers} extraction workers, ${options.batch} articles per write transaction; reads: ${options.reads} calls each per checkpoint; ` +
  `buffer pool ${options.bufferPoolMb ?? 'default'} MB, checkpoint every ${options.checkpointMb ?? 'default'} MB of log`);

const folder = await mkdtemp(join(tmpdir(), 'store-bench-'));
const bufferPoolBytes = options.bufferPoolMb === undefined ? undefined : options.bufferPoolMb * 1024 * 1024;
const checkpointThresholdBytes = options.checkpointMb === undefined ? undefined : options.checkpointMb * 1024 * 1024;
const store = await createEmbeddedGraphStore({ path: folder, bufferPoolBytes, checkpointThresholdBytes });
const batchMs: number[] = [];
const timed = timeWrites(store, batchMs);
const random = createRandom(options.seed + 1000);
const checkpoints: Checkpoint[] = [];
const failures = new Map<string, number>();
let ingested = 0;
let ingestMs = 0;
const stops = [...CHECKPOINTS.filter((at) => at < articles.length), articles.length];
for (let from = 0, stop = 0; stop < stops.length; from = stops[stop]!, stop++) {
  const segment = articles.slice(from, stops[stop]);
  const writesBefore = batchMs.length;
  const start = performance.now();
  const summary = await ingestArticles(segment, { store: timed, workers: options.workers, batchSize: options.batch });
  const seconds = (performance.now() - start) / 1000;
  ingestMs += seconds * 1000;
  ingested += summary.ingested;
  for (const failure of summary.failed) {
    const key = `${failure.stage}: ${failure.error.slice(0, 120)}`;
    failures.set(key, (failures.get(key) ?? 0) + 1);
  }
  const perArticle = batchMs.slice(writesBefore).map((batch) => batch / options.batch);
  process.stderr.write(`  ${stops[stop]}/${articles.length}: ${segment.length} in ${seconds.toFixed(0)} s; timing reads…\n`);
  checkpoints.push({
    articles: stops[stop]!,
    articlesPerSecond: segment.length / seconds,
    writeMedianMs: percentile(perArticle, 0.5),
    reads: await timeReads(store, options.reads, random),
    rss: process.memoryUsage().rss,
    heap: process.memoryUsage().heapTotal + process.memoryUsage().external,
  });
}

console.log(`\ningest end to end (on-disk store in ${folder})`);
console.log(`  total:    ${(ingestMs / 1000).toFixed(1)} s for ${articles.length} articles, ${((articles.length / ingestMs) * 1000).toFixed(1)} articles/s (target: 10,000 in under 300 s)`);
const failed = [...failures.values()].reduce((a, b) => a + b, 0);
console.log(`  outcomes: ${ingested} ingested, ${articles.length - ingested - failed} unchanged, ${failed} failed`);
for (const [failure, count] of failures) console.log(`    failed ×${count}: ${failure}`);
const writeTotal = batchMs.reduce((a, b) => a + b, 0);
console.log(`  the pipeline waited on store writes ${(writeTotal / 1000).toFixed(1)} s (${((writeTotal / ingestMs) * 100).toFixed(0)}% of the time); extraction ran alongside`);

const counts = await store.counts();
console.log(`\ngraph: ${counts.documents} documents, ${counts.quotes} quotes, ${counts.relations} relations; ` +
  `entities ${Object.entries(counts.entities).map(([type, count]) => `${type} ${count}`).join(', ')}`);

const first = checkpoints[0]!;
const last = checkpoints[checkpoints.length - 1]!;
console.log('\ngrowth (p95 of each read, ms; p50 in brackets; targets at 10,000 in the header)');
const header = ['articles', 'ingest/s', 'write/article', ...READS.map((read) => `${read} <${TARGET_P95[read]}`), 'RSS (JS heap)'];
console.log(`  ${header.join(' | ')}`);
for (const point of checkpoints) {
  const cells = [
    String(point.articles),
    point.articlesPerSecond.toFixed(1),
    ms(point.writeMedianMs),
    ...READS.map((read) => `${point.reads[read].p95.toFixed(1)} (${point.reads[read].p50.toFixed(1)})`),
    `${mb(point.rss)} (${mb(point.heap)})`,
  ];
  console.log(`  ${cells.join(' | ')}`);
}
if (checkpoints.length > 1) {
  const ratios = READS.map((read) => `${read} ×${(last.reads[read].p95 / Math.max(first.reads[read].p95, 0.01)).toFixed(2)}`);
  console.log(`  p95 from ${first.articles} to ${last.articles} articles: ${ratios.join(', ')}`);
}

const reingest = Array.from({ length: Math.min(500, articles.length) }, () => articles[Math.floor(random() * articles.length)]!);
const reingestStart = performance.now();
const again = await ingestArticles(reingest, { store, workers: options.workers, batchSize: options.batch });
const afterCounts = await store.counts();
console.log(`\nre-ingest of ${reingest.length} stored articles: ${again.unchanged} unchanged, ${again.ingested} ingested, ${again.failed.length} failed in ` +
  `${((performance.now() - reingestStart) / 1000).toFixed(1)} s; counts ${JSON.stringify(afterCounts) === JSON.stringify(counts) ? 'identical' : 'CHANGED'}`);

console.log(`  on disk: ${mb(await sizeOf(folder))} before close; peak memory so far ${mb(process.resourceUsage().maxRSS * 1024)}`);
const closeStart = performance.now();
await store.close();
console.log(`\nclose (checkpoint) ${ms(performance.now() - closeStart)}; on disk after close ${mb(await sizeOf(folder))}`);
// maxRSS counts the worker threads too: they live in this process
console.log(`peak memory (max RSS of the process): ${mb(process.resourceUsage().maxRSS * 1024)} (target under 2,048 MB)`);
if (options.keep) console.log(`store kept in ${folder}`);
else await rm(folder, { recursive: true, force: true });
