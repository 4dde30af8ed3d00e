import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { ingestPaths } from '../ingest/index.ts';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { AppError } from '../model/errors.ts';
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
    .parse()
    .opts<{ ingest?: string[] }>();
  const config = loadConfig();
  const store = createRetryingGraphStore(() => createGraphStore(config.store), {
    backend: config.store.backend,
    log: (message) => console.warn(message),
    onFatal: fail,
  });
  const app = createApp({
    store,
    webDir: WEB_DIR,
    cypherTimeoutMs: config.cypherTimeoutMs,
    cypherRowLimit: config.cypherRowLimit,
    ingestToken: config.ingestToken,
    corsOrigin: config.corsOrigin,
    rateLimitPerMinute: config.rateLimitPerMinute,
  });
  // The server answers at once; until the store opens, the API says why with a 503.
  const server = app.listen(config.port, config.host);
  server.on('listening', async () => {
    await store.ready;
    if (options.ingest) {
      const summary = await ingestPaths(options.ingest, { store, workers: 0 });
      console.log(
        `Ingested ${summary.ingested} article(s), ${summary.unchanged} already there, ${summary.failed.length} failed.`,
      );
      for (const failure of summary.failed) console.warn(`  failed (${failure.stage}): ${failure.error}`);
    }
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    console.log(`News graph explorer: http://${config.host}:${port}/ (${store.backend} store)`);
    console.log(describeCounts(await store.counts()));
  });
  server.on('error', (error) => fail(error));
  const shutdown = () => {
    server.close();
    store.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
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
  process.exit(1);
}

main().catch(fail);
