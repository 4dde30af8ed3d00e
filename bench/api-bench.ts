/**
 * API load benchmark: the Express app in this process on 127.0.0.1, over a store of N synthetic
 * articles, driven by autocannon with 50 connections: search, neighbourhoods, then neighbourhoods
 * while another loop ingests fresh articles into the same store.
 * @example npm run bench:api -- --articles 10000 --duration 20 --data /tmp/bench-store
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Command, InvalidArgumentError } from 'commander';
import { ingestArticles } from '../ingest/index.ts';
import { createApp } from '../server/app.ts';
import { createEmbeddedGraphStore } from '../store/embedded/graph-store-embedded.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { generateArticles } from './synthetic/generate-articles.ts';
import { createWorld } from './synthetic/world.ts';

const toWhole = (min: number, max: number) => (value: string): number => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new InvalidArgumentError(`"${value}" is not a whole number from ${min} to ${max}.`);
  }
  return number;
};
const options = new Command('bench:api')
  .option('--articles <n>', 'how many synthetic articles the store holds', toWhole(1, 1_000_000), 10_000)
  .option('--duration <seconds>', 'length of each load run', toWhole(1, 300), 20)
  .option('--connections <n>', 'concurrent connections', toWhole(1, 500), 50)
  .option('--data <dir>', 'store folder to reuse when it already holds the articles (kept afterwards)')
  .option('--seed <n>', 'seed of the article generator', toWhole(0, 2 ** 31), 1)
  .parse()
  .opts<{ articles: number; duration: number; connections: number; data?: string; seed: number }>();

/** Opens the store in `folder` and fills it with the generated articles unless it holds them already. */
async function openFilledStore(folder: string): Promise<GraphStore> {
  const store = await createEmbeddedGraphStore({ path: folder });
  const { documents } = await store.counts();
  if (documents >= options.articles) {
    console.log(`reusing ${folder}: ${documents} documents`);
    return store;
  }
  const start = performance.now();
  const articles = [...generateArticles(options.articles, { seed: options.seed })].map(({ name, text }) => ({ source: name, format: 'txt' as const, text }));
  await ingestArticles(articles, {
    store,
    onArticle: (_, done) => {
      if (done % 1000 === 0) process.stderr.write(`  filled ${done}/${options.articles} in ${((performance.now() - start) / 1000).toFixed(0)} s\n`);
    },
  });
  console.log(`filled ${folder} with ${options.articles} articles in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return store;
}

function listen(store: GraphStore): Promise<{ server: Server; url: string }> {
  const app = createApp({ store, log: () => undefined });
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => {
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
    });
  });
}

/** A request whose path cycles through `paths`, one per request, across all connections. */
function rotating(paths: string[]): autocannon.Request {
  let next = 0;
  return { method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }) };
}

async function load(title: string, url: string, paths: string[]): Promise<autocannon.Result> {
  const result = await autocannon({
    url,
    title,
    connections: options.connections,
    duration: options.duration,
    timeout: 30,
    requests: [rotating(paths)],
  });
  console.log(`\n${title}`);
  console.log(
    `  ${result.requests.average.toFixed(1)} requests/s (${result.requests.total} in ${result.duration} s), ` +
      `latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
  );
  console.log(`  non-2xx ${result.non2xx} (4xx ${result['4xx']}, 5xx ${result['5xx']}), errors ${result.errors}, timeouts ${result.timeouts}`);
  return result;
}

const folder = options.data ?? (await mkdtemp(join(tmpdir(), 'api-bench-')));
const store = await openFilledStore(folder);
const { server, url } = await listen(store);
try {
  // The generator's most popular people, whose surnames the articles use most; ids are the store's most-mentioned.
  const prefixes = [...new Set(createWorld().people.slice(0, 12).map((person) => person.last.slice(0, 4).toLowerCase()))];
  const ids = (await store.overview(40)).nodes.filter((node) => node.label !== 'Event').slice(0, 20).map((node) => node.id);
  console.log(`api bench: ${options.connections} connections, ${options.duration} s per run, ${url}`);
  console.log(`  machine: ${cpus().length} cores, load average ${loadavg().map((load) => load.toFixed(1)).join(' ')} (others share it)`);
  console.log(`  search prefixes: ${prefixes.join(', ')}`);
  console.log(`  neighbourhood ids: ${ids.slice(0, 6).join(', ')}… (${ids.length})`);

  await load('GET /api/search?q=<popular surname prefix>', url, prefixes.map((prefix) => `/api/search?q=${encodeURIComponent(prefix)}`));
  const neighbourhoods = ids.map((id) => `/api/entities/${encodeURIComponent(id)}/neighborhood`);
  await load('GET /api/entities/<popular id>/neighborhood', url, neighbourhoods);

  // Mixed: the same reads while fresh articles are ingested into the same store, as POST /api/ingest would.
  let writing = true;
  let written = 0;
  // A seed of its own per store size, so a reused store gets articles it has not seen.
  const freshSeed = options.seed + 7919 + (await store.counts()).documents;
  const writer = (async () => {
    for (const { name, text } of generateArticles(1_000_000, { seed: freshSeed })) {
      if (!writing) break;
      written += (await ingestArticles([{ source: `fresh/${name}`, format: 'txt', text }], { store })).ingested;
    }
  })();
  const searches = prefixes.map((prefix) => `/api/search?q=${encodeURIComponent(prefix)}`);
  const mixed = await load('mixed: search + neighbourhood reads while ingesting fresh articles', url, [...neighbourhoods, ...searches]);
  writing = false;
  await writer;
  console.log(`  ingested meanwhile: ${written} articles, ${(written / mixed.duration).toFixed(1)} articles/s`);
} finally {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await store.close();
  if (!options.data) await rm(folder, { recursive: true, force: true });
}
