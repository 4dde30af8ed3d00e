import { fileURLToPath } from 'node:url';
import { ingestPaths, type IngestOptions, type IngestSummary } from '../ingest/index.ts';
import { toFileSource } from '../ingest/source-name.ts';

/** The fictional sample articles `npm start` shows on a fresh store. */
export const SAMPLES_DIR = fileURLToPath(new URL('../samples', import.meta.url));

/** What `--samples` did: ingested them (new or unchanged), or left a store of the user's own articles alone. */
export type SamplesOutcome =
  | { status: 'ingested'; summary: IngestSummary }
  | { status: 'skipped'; ownDocuments: number; samplesSource: string };

/**
 * Ingests the sample articles into an empty store, or into one that holds nothing but them (so a
 * restart stays idempotent), and never into a store of the user's own articles, where fiction would
 * mix with their archive.
 */
export async function ingestSamplesIntoSampleStore(options: IngestOptions & { samplesDir?: string }): Promise<SamplesOutcome> {
  const samplesDir = options.samplesDir ?? SAMPLES_DIR;
  // The samples' sources are their paths as ingestPaths names them (`samples/…` from the project's folder).
  const samplesSource = toFileSource(samplesDir, samplesDir);
  const documents = await options.store.countDocuments();
  const samples = await options.store.countDocuments(`${samplesSource}/`);
  if (documents > samples) return { status: 'skipped', ownDocuments: documents - samples, samplesSource };
  return { status: 'ingested', summary: await ingestPaths([samplesDir], options) };
}

/** The lines the server prints: the ingest's summary, or one line saying why the samples were left out and how to see them. */
export function describeSamplesSkipped(outcome: Extract<SamplesOutcome, { status: 'skipped' }>): string {
  return (
    `Sample articles not ingested: the store holds ${outcome.ownDocuments} document(s) not from ${outcome.samplesSource}/, ` +
    'and the fictional samples would mix with them. To explore the samples, give them a store of their own: ' +
    'DATA_DIR=./data-samples npm start (or add them to this one anyway: npm run serve -- --ingest samples)'
  );
}
