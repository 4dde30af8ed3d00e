import type { IngestSummary } from './index.ts';

/**
 * An ingest's summary in lines, as the CLI and the server's start-up ingest print it: the counts, then
 * each failed article with its stage and reason.
 * @example describeSummary(summary) // ['Ingested 3, replaced 1, skipped as unchanged 2, failed 0.']
 */
export function describeSummary(summary: IngestSummary): string[] {
  const replaced = summary.replaced > 0 ? `, replaced ${summary.replaced}` : '';
  return [
    `Ingested ${summary.ingested}${replaced}, skipped as unchanged ${summary.unchanged}, failed ${summary.failed.length}.`,
    ...summary.failed.map((failure) => `  ${failure.source}: ${failure.stage} failed: ${failure.error}`),
  ];
}
