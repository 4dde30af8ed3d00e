import { basename } from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { Command } from 'commander';
import { loadConfig } from '../../server/config.ts';
import { createGraphStore } from '../../server/store/create-graph-store.ts';
import { ingestPaths, type ArticleOutcome, type IngestSummary } from '../index.ts';

/**
 * `npm run ingest -- <files or folders>`: writes each article to the configured store.
 * A progress bar on a terminal, one line per article otherwise; a summary; exit 1 if any failed.
 */
async function main(): Promise<void> {
  const program = new Command()
    .name('ingest')
    .description('Extract articles (.txt, .md, .html) and write them to the graph store')
    .argument('<paths...>', 'article files or folders (searched recursively)')
    .parse();
  const store = await createGraphStore(loadConfig().store);
  const bar = process.stderr.isTTY ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}', hideCursor: true }, Presets.shades_classic) : null;
  let started = false;
  let summary: IngestSummary;
  try {
    summary = await ingestPaths(program.args, {
      store,
      onArticle: (outcome, done, total) => {
        if (!bar) return console.log(describeOutcome(outcome));
        if (!started) bar.start(total, 0, { file: '' });
        started = true;
        bar.update(done, { file: basename(outcome.source) });
      },
    });
  } finally {
    bar?.stop();
    await store.close();
  }
  console.log(`\nIngested ${summary.ingested}, skipped as unchanged ${summary.unchanged}, failed ${summary.failed.length}.`);
  for (const failure of summary.failed) console.log(`  ${failure.source}: ${failure.stage} failed: ${failure.error}`);
  process.exitCode = summary.failed.length > 0 ? 1 : 0;
}

function describeOutcome(outcome: ArticleOutcome): string {
  if (outcome.status === 'failed') return `failed    ${outcome.source} (${outcome.stage}): ${outcome.error}`;
  return `${outcome.status.padEnd(9)} ${outcome.source}`;
}

main().catch((error: unknown) => {
  console.error(`ingest: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
