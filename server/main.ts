import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { createExtractPool } from '../ingest/extract-pool.ts';
import { describeSummary } from '../ingest/describe-summary.ts';
import { ingestPaths } from '../ingest/index.ts';
import { createApp } from './app.ts';
import { describeSamplesSkipped, ingestSamplesIntoSampleStore } from './ingest-samples.ts';
import { loadConfig } from './config.ts';
import { AppError, ConfigError } from '../model/errors.ts';
import { EXIT_CONFIG } from './restart-policy.ts';
import { createGraphStore } from '../store/create-graph-store.ts';
import { createRetryingGraphStore } from '../store/retrying-graph-store.ts';
import type { GraphCounts } from '../store/graph-store.ts';

const WEB_DIR = fileURLToPath(new URL('../dist/web', import.meta.url));

/** config → store → (ingest) → listen; prints the URL and what the graph holds. */
async function main(): Promise<void> {
  const options = new Command()
    .name('newsgraph-server')
    .description('Serve the news graph explorer and its API')
    .option('--ingest <paths...>', 'articles or folders to ingest before serving (unchanged ones are skipped)')
    .option('--samples', 'ingest the sample articles of samples/ before serving, if the store is empty or holds only them')
    .parse()
    .opts<{ ingest?: string[]; samples?: boolean }>();
  const config = loadConfig();
  const store = createRetryingGraphStore(() => createGraphStore(config.store), {
    backend: config.store.backend,
    log: (message) => console.warn(message),
    onFatal: fail,
  });
  // Extraction off the event loop, in worker threads kept for the server's life: a large article must not stall other requests.
  const extractPool = createExtractPool(config.ingestToken || options.ingest || options.samples ? config.ingestWorkers : 0);
  const app = createApp({
    store,
    webDir: WEB_DIR,
    cypherTimeoutMs: config.cypherTimeoutMs,
    cypherRowLimit: config.cypherRowLimit,
    cypherConcurrency: config.cypherConcurrency,
    cypherQueueLimit: config.cypherQueueLimit,
    ingestToken: config.ingestToken,
    editToken: config.editToken,
    extractPool,
    corsOrigin: config.corsOrigin,
    rateLimitPerMinute: config.rateLimitPerMinute,
  });
  // The server answers at once; until the store opens, the API says why with a 503.
  const server = app.listen(config.port, config.host);
  server.on('listening', async () => {
    await store.ready;
    if (options.samples) {
      const samples = await ingestSamplesIntoSampleStore({ store, pool: extractPool });
      console.log(samples.status === 'ingested' ? describeSummary(samples.summary).join('\n') : describeSamplesSkipped(samples));
    }
    if (options.ingest) {
      console.log(describeSummary(await ingestPaths(options.ingest, { store, pool: extractPool })).join('\n'));
    }
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    console.log(`News graph explorer: http://${config.host}:${port}/ (${store.backend} store)`);
    console.log(describeCounts(await store.counts()));
  });
  server.on('error', (error) => fail(error));
  let stopping = false;
  const shutdown = () => {
    if (stopping) return; // a terminal's Ctrl-C reaches both this process and its supervisor, which passes it on
    stopping = true;
    server.close();
    Promise.allSettled([extractPool.close(), store.close()]).finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  // started by server/supervise.ts: stop when the supervisor is gone, rather than hold the port and the store
  if (process.send) process.once('disconnect', shutdown);
}

function describeCounts(counts: GraphCounts): string {
  const entities = Object.entries(counts.entities)
    .map(([type, count]) => `${count} ${type}`)
    .join(', ');
  return `Graph: ${counts.documents} documents; entities: ${entities}; ${counts.quotes} quotes; ${counts.relations} relations.`;
}

function fail(error: unknown): never {
  const message = error instanceof AppError || error instanceof Error ? error.message : String(error);
  console.error(`Cannot start: ${message}`);
  process.exit(error instanceof ConfigError ? EXIT_CONFIG : 1);
}

main().catch(fail);
