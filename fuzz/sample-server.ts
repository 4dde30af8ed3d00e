import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestPaths } from '../ingest/index.ts';
import { createApp } from '../server/app.ts';
import { createEmbeddedGraphStore } from '../store/embedded/graph-store-embedded.ts';
import { FUZZ_SERVER } from './fuzz-settings.ts';


const SAMPLES = fileURLToPath(new URL('../samples', import.meta.url));

/**
 * `tsx fuzz/sample-server.ts <folder>`: the whole API on the embedded store in `folder`, listening on a
 * free port of 127.0.0.1; prints "LISTENING <port>". With `--build`, ingests the sample articles into
 * an empty folder and exits instead (the template each fuzzed server starts from a copy of).
 */
async function main(): Promise<void> {
  const [folder, flag] = process.argv.slice(2);
  if (!folder) throw new Error('usage: tsx fuzz/sample-server.ts <folder> [--build]');
  const building = flag === '--build';
  if (building && existsSync(join(folder, 'graph.kuzu'))) throw new Error(`${folder} already holds a store`);
  const store = await createEmbeddedGraphStore({ path: folder, bufferPoolBytes: FUZZ_SERVER.bufferPoolMb * 1024 * 1024 });
  if (building) {
    const summary = await ingestPaths([SAMPLES], { store, workers: 0 });
    await store.close();
    if (summary.failed.length > 0 || summary.ingested === 0) throw new Error(`sample ingest failed: ${JSON.stringify(summary.failed)}`);
    return;
  }
  const app = createApp({
    store,
    cypherTimeoutMs: FUZZ_SERVER.cypherTimeoutMs,
    cypherRowLimit: FUZZ_SERVER.cypherRowLimit,
    rateLimitPerMinute: 1_000_000,
    log: (message) => console.error(message),
  });
  const server = app.listen(0, '127.0.0.1', () => console.log(`LISTENING ${(server.address() as AddressInfo).port}`));
  process.once('SIGTERM', () => {
    server.close();
    store.close().finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
