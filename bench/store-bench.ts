/**
 * Store benchmark at archive scale: N synthetic articles ingested end to end (extraction + write,
 * through ingestArticle, or in batches with --batch) into a fresh on-disk embedded store, then a
 * re-ingest of 500 and read latencies over random and popular entities.
 * @example npm run bench:store -- --articles 10000
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { extractArticle } from '../ingest/extract-article.ts';
import { ingestArticle } from '../ingest/index.ts';
import type { ArticleOutcome } from '../ingest/index.ts';
import type { Article } from '../ingest/model.ts';
import { createEmbeddedGraphStore } from '../server/store/graph-store-embedded.ts';
import type { GraphStore } from '../server/store/graph-store.ts';
import { createRandom, generateArticles } from './synthetic/generate-articles.ts';

const toCount = (value: string): number => {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) throw new InvalidArgumentError(`"${value}" is not a positive whole number.`);
  return count;
};
const options = new Command('bench:store')
  .option('--articles <n>', 'how many synthetic articles to ingest', toCount, 10_000)
  .option('--seed <n>', 'seed of the article generator', toCount, 1)
  .option('--batch <n>', 'articles per store.writeExtractions call; 1 goes through ingestArticle', toCount, 1)
  .option('--keep', 'keep the store folder and print its path')
  .parse()
  .opts<{ articles: number; seed: number; batch: number; keep?: boolean }>();

/** The value below which `p` of the sorted values fall (nearest rank). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0;
}
const ms = (value: number) => `${value.toFixed(1)} ms`;
const spread = (values: number[]) => `median ${ms(percentile(values, 0.5))}, p95 ${ms(percentile(values, 0.95))}, max ${ms(Math.max(...values))}`;

/** Bytes under a folder, recursively. */
async function sizeOf(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.size;
  const entries = await readdir(path);
  return (await Promise.all(entries.map((entry) => sizeOf(join(path, entry))))).reduce((sum, size) => sum + size, 0);
}
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A store that times its writes, each article getting its share of a batch, so ingest time splits into extraction and write. */
function timeWrites(store: GraphStore, writeMs: number[]): GraphStore {
  const timed = async <T>(articles: number, write: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await write();
    } finally {
      const share = (performance.now() - start) / Math.max(articles, 1);
      for (let i = 0; i < articles; i++) writeMs.push(share);
    }
  };
  return Object.assign(Object.create(store) as GraphStore, {
    writeExtraction: (...args: Parameters<GraphStore['writeExtraction']>) => timed(1, () => store.writeExtraction(...args)),
    writeExtractions: (items: Parameters<GraphStore['writeExtractions']>[0]) => timed(items.length, () => store.writeExtractions(items)),
  });
}

/** Extracts a batch here and writes it with one writeExtractions call, as ingestPaths does without files or workers. */
async function ingestBatch(batch: Article[], store: GraphStore): Promise<ArticleOutcome[]> {
  const items = batch.map((article) => ({
    extraction: extractArticle(article),
    meta: { source: article.source, ingestedAt: new Date().toISOString(), text: article.text },
  }));
  const written = await store.writeExtractions(items);
  return written.map((outcome, i): ArticleOutcome => {
    const source = batch[i]!.source;
    if (outcome.status === 'failed') return { source, status: 'failed', stage: 'write', error: outcome.error.message };
    return { source, status: outcome.status === 'written' ? 'ingested' : outcome.status, documentId: items[i]!.extraction.document.id };
  });
}

/** Short hashes of the files the figures depend on: the tree changes while benchmarks run. */
async function describeCode(): Promise<string> {
  const files = ['ingest/index.ts', 'ingest/extract-article.ts', 'server/store/graph-store-embedded.ts', 'server/store/plan-writes.ts', 'server/store/cypher/write-queries.ts'];
  const hashes = await Promise.all(
    files.map(async (file) => {
      const text = await readFile(new URL(`../${file}`, import.meta.url)).catch(() => null);
      return `${file.split('/').at(-1)} ${text ? createHash('sha256').update(text).digest('hex').slice(0, 8) : 'missing'}`;
    }),
  );
  return hashes.join(', ');
}

const started = performance.now();
const articles: Article[] = [...generateArticles(options.articles, { seed: options.seed })].map(({ name, text }) => ({
  source: name,
  format: 'txt',
  text,
}));
const chars = articles.reduce((sum, article) => sum + article.text.length, 0);
console.log(`store bench: ${articles.length} synthetic articles (seed ${options.seed}), ${(chars / articles.length).toFixed(0)} characters on average, generated in ${ms(performance.now() - started)}`);
console.log(`  code: ${await describeCode()}`);
console.log(`  machine: ${cpus().length} cores, load average ${loadavg().map((load) => load.toFixed(1)).join(' ')} (others share it)`);

const folder = await mkdtemp(join(tmpdir(), 'store-bench-'));
const store = await createEmbeddedGraphStore({ path: folder });
const totalMs: number[] = [];
const writeMs: number[] = [];
const timed = timeWrites(store, writeMs);
const failures = new Map<string, number>();
let ingested = 0;
const ingestStart = performance.now();
for (let first = 0; first < articles.length; first += options.batch) {
  const batch = articles.slice(first, first + options.batch);
  const start = performance.now();
  const outcomes = options.batch === 1 ? [await ingestArticle(batch[0]!, { store: timed })] : await ingestBatch(batch, timed);
  for (let i = 0; i < batch.length; i++) totalMs.push((performance.now() - start) / batch.length);
  for (const outcome of outcomes) {
    if (outcome.status === 'ingested') ingested += 1;
    if (outcome.status === 'failed') {
      const key = `${outcome.stage}: ${outcome.error.slice(0, 120)}`;
      failures.set(key, (failures.get(key) ?? 0) + 1);
    }
  }
  const done = first + batch.length;
  if (Math.floor(done / 1000) > Math.floor(first / 1000)) {
    const seconds = (performance.now() - ingestStart) / 1000;
    const recent = writeMs.slice(-1000);
    process.stderr.write(
      `  ${done}/${articles.length} in ${seconds.toFixed(0)} s (${(done / seconds).toFixed(1)} articles/s; ` +
        `last 1000: write median ${ms(percentile(recent, 0.5))}, p95 ${ms(percentile(recent, 0.95))} per article)\n`,
    );
  }
}
const ingestMs = performance.now() - ingestStart;
// Extraction is what ingestArticle spends outside the write; an article failing extraction has no write.
const extractMs = totalMs.map((total, i) => total - (writeMs[i] ?? 0));

const how = options.batch === 1 ? 'ingestArticle, one article per write' : `batches of ${options.batch} per writeExtractions call`;
console.log(`\ningest (extraction + write through ${how}; on-disk store in ${folder})`);
console.log(`  total:      ${(ingestMs / 1000).toFixed(1)} s for ${articles.length} articles, ${((articles.length / ingestMs) * 1000).toFixed(1)} articles/s`);
console.log(`  outcomes:   ${ingested} ingested, ${articles.length - ingested - [...failures.values()].reduce((a, b) => a + b, 0)} unchanged, ${[...failures.values()].reduce((a, b) => a + b, 0)} failed`);
for (const [failure, count] of failures) console.log(`    failed ×${count}: ${failure}`);
console.log(`  extraction: ${spread(extractMs)}, ${(extractMs.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s in all`);
console.log(`  write:      ${spread(writeMs)}, ${(writeMs.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s in all`);
for (const part of [0, 1, 2, 3]) {
  const slice = writeMs.slice((part * writeMs.length) / 4, ((part + 1) * writeMs.length) / 4);
  console.log(`    write, quarter ${part + 1} of the run: median ${ms(percentile(slice, 0.5))}, p95 ${ms(percentile(slice, 0.95))}`);
}
console.log(`  on disk:    ${mb(await sizeOf(folder))} (database and write-ahead log, store still open)`);

const counts = await store.counts();
console.log('\ngraph');
console.log(`  documents ${counts.documents}, quotes ${counts.quotes}, relations ${counts.relations}`);
console.log(`  entities  ${Object.entries(counts.entities).map(([type, count]) => `${type} ${count}`).join(', ')}`);

const random = createRandom(options.seed + 1000);
const reingest = Array.from({ length: Math.min(500, articles.length) }, () => articles[Math.floor(random() * articles.length)]!);
const reingestStart = performance.now();
const statuses = new Map<string, number>();
for (const article of reingest) {
  const outcome = await ingestArticle(article, { store });
  statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
}
const reingestMs = performance.now() - reingestStart;
console.log(`\nre-ingest of ${reingest.length} articles already stored`);
console.log(`  outcomes: ${[...statuses].map(([status, count]) => `${count} ${status}`).join(', ')}; ${(reingestMs / 1000).toFixed(1)} s, ${ms(reingestMs / reingest.length)}/article (extraction runs before the store says "unchanged")`);

await printReadLatencies(store, random);

const closeStart = performance.now();
await store.close();
console.log(`\nclose (checkpoint) took ${ms(performance.now() - closeStart)}; on disk after close: ${mb(await sizeOf(folder))}; RSS ${mb(process.memoryUsage().rss)}`);
if (options.keep) console.log(`store kept in ${folder}`);
else await rm(folder, { recursive: true, force: true });

/** Median and p95 of four reads over 200 random entities, and over the 20 most-mentioned ones. */
async function printReadLatencies(graph: GraphStore, next: () => number): Promise<void> {
  const { rows } = await graph.runReadQuery(
    'MATCH (n) WHERE label(n) IN ["Person", "Agency", "Organization", "Place"] RETURN n.id AS id, n.name AS name, n.mentions AS mentions',
    { rowLimit: 1_000_000, timeoutMs: 60_000 },
  );
  const entities = rows.map((row) => ({ id: String(row.id), name: String(row.name), mentions: Number(row.mentions) }));
  const randomPick = Array.from({ length: 200 }, () => entities[Math.floor(next() * entities.length)]!);
  const popular = [...entities].sort((a, b) => b.mentions - a.mentions).slice(0, 20);
  const popularPick = Array.from({ length: 200 }, (_, i) => popular[i % popular.length]!);
  const reads: [string, (entity: { id: string; name: string }) => Promise<unknown>][] = [
    ['searchEntities(name)', (entity) => graph.searchEntities(entity.name)],
    ['getEntity', (entity) => graph.getEntity(entity.id)],
    ['getNeighborhood', (entity) => graph.getNeighborhood(entity.id)],
    ['quotesBySpeaker', (entity) => graph.quotesBySpeaker(entity.id)],
  ];
  const top = popular.slice(0, 3).map((entity) => `${entity.name} ${entity.mentions}`).join(', ');
  for (const [label, pick] of [['200 random entities', randomPick], [`the 20 most-mentioned, 200 calls (${top}…)`, popularPick]] as const) {
    console.log(`\nread latency over ${label} of ${entities.length}`);
    for (const [name, read] of reads) {
      const times: number[] = [];
      for (const entity of pick) {
        const start = performance.now();
        await read(entity);
        times.push(performance.now() - start);
      }
      console.log(`  ${name.padEnd(21)} ${spread(times)}`);
    }
  }
}
