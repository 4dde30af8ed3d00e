import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Extraction } from '../../model/extraction.ts';
import { createEmbeddedGraphStore } from '../../store/embedded/graph-store-embedded.ts';
import type { GraphStore } from '../../store/graph-store.ts';
import { SAMPLES_DIR, describeSamplesSkipped, ingestSamplesIntoSampleStore } from '../../server/ingest-samples.ts';
import { floodArticle } from '../fixtures/extractions.fixtures.ts';

const SOME_SAMPLES = ['01-tamsin-river-flood-forces-evacuations.txt', '02-governor-requests-federal-flood-aid.md'];

let folder: string;
let samplesDir: string;
let store: GraphStore;

/** Writes one article under a source, as an earlier ingest of the user's (or of the samples) would have. */
async function writeArticleFrom(source: string, extraction: Extraction = floodArticle): Promise<void> {
  await store.writeExtraction({ ...extraction, document: { ...extraction.document, source } }, { source, ingestedAt: '2026-11-23T10:00:00.000Z', text: 'text' });
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ingest-samples-'));
  // two of the samples, in a folder named as the real one: the test runs in seconds and sources read `samples/…`
  samplesDir = join(folder, 'samples');
  await mkdir(samplesDir);
  for (const name of SOME_SAMPLES) await copyFile(join(SAMPLES_DIR, name), join(samplesDir, name));
  store = await createEmbeddedGraphStore({ path: join(folder, 'data') });
});

afterEach(async () => {
  await store.close();
  await rm(folder, { recursive: true, force: true });
});

describe('npm start --samples', () => {
  it('ingests the samples into an empty store, and again as unchanged into a store holding only them', async () => {
    const first = await ingestSamplesIntoSampleStore({ store, samplesDir, workers: 0 });
    expect(first).toMatchObject({ status: 'ingested', summary: { ingested: 2, unchanged: 0, failed: [] } });
    const again = await ingestSamplesIntoSampleStore({ store, samplesDir, workers: 0 });
    expect(again).toMatchObject({ status: 'ingested', summary: { ingested: 0, unchanged: 2, failed: [] } });
    expect((await store.findDocumentsBySource('samples/01-tamsin-river-flood-forces-evacuations.txt')).length).toBe(1);
    expect(await store.countDocuments()).toBe(2);
  }, 60_000);

  it("leaves a store of the user's own articles alone, and says how to see the samples", async () => {
    await writeArticleFrom('news/harbor.txt');
    const outcome = await ingestSamplesIntoSampleStore({ store, samplesDir, workers: 0 });
    expect(outcome).toEqual({ status: 'skipped', ownDocuments: 1, samplesSource: 'samples' });
    expect(await store.countDocuments()).toBe(1);
    if (outcome.status !== 'skipped') return;
    expect(describeSamplesSkipped(outcome)).toBe(
      'Sample articles not ingested: the store holds 1 document(s) not from samples/, and the fictional samples would mix ' +
        'with them. To explore the samples, give them a store of their own: DATA_DIR=./data-samples npm start ' +
        '(or add them to this one anyway: npm run serve -- --ingest samples)',
    );
  });

  it('counts samples from the project folder as samples, and any other article as the user\'s own', async () => {
    await writeArticleFrom('samples/01-tamsin-river-flood-forces-evacuations.txt');
    await writeArticleFrom('samples-of-mine/flood.txt', { ...floodArticle, document: { ...floodArticle.document, id: 'c'.repeat(64) } });
    const outcome = await ingestSamplesIntoSampleStore({ store, workers: 0 });
    expect(outcome).toEqual({ status: 'skipped', ownDocuments: 1, samplesSource: 'samples' });
  });
});
