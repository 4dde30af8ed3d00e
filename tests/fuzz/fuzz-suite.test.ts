import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTarget, cypherTarget } from '../../fuzz/fuzz-targets.ts';
import { fuzzTarget } from '../../fuzz/run-target.ts';
import { ensureSampleTemplate } from '../../fuzz/sample-template.ts';
import { ServerProcess } from '../../fuzz/server-process.ts';

/**
 * A short, seeded run of the fuzz suite (`npm run fuzz -- --seconds N` is the long one): generated
 * queries, parameters and API requests against a server process on the sample store. After every
 * case the process is alive and healthy, and every answer is JSON with a 2xx or 4xx status, errors as
 * `{code, message}` in our words. A failure prints the smallest case fast-check found.
 */
let server: ServerProcess;

beforeAll(async () => {
  server = new ServerProcess(ensureSampleTemplate());
  await server.start();
}, 300_000);

afterAll(async () => {
  await server?.stop();
});

describe('the API under generated input', () => {
  it('survives 150 generated console queries and their parameters', async () => {
    const found = await fuzzTarget(cypherTarget, server, { seed: 19_001, numRuns: 150 });
    expect(found, found ? `${found.kind}: ${found.reproduction}\n${found.detail}` : '').toBeNull();
  }, 120_000);

  it('survives 300 generated requests to the read endpoints', async () => {
    const found = await fuzzTarget(apiTarget, server, { seed: 19_002, numRuns: 300 });
    expect(found, found ? `${found.kind}: ${found.reproduction}\n${found.detail}` : '').toBeNull();
  }, 120_000);
});
