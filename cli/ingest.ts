import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import { loadStoreConfig } from '../store/store-config.ts';
import { createGraphStore } from '../store/create-graph-store.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { describeSummary } from '../ingest/describe-summary.ts';
import { ingestPaths, type ArticleOutcome, type IngestSummary } from '../ingest/index.ts';
import { deleteNamedDocument, describeDeleteAnswer } from './ingest/delete-documents.ts';

interface IngestCliOptions {
  delete?: string[];
  workers: number;
}

/**
 * `npm run ingest -- <files or folders>`: writes each article to the configured store.
 * A progress bar on a terminal, one line per article otherwise; a summary; exit 1 if any failed.
 * `npm run ingest -- --delete <document id or source>` removes documents instead: by id, by the path
 * they were ingested from, or by a file name that only one document has.
 */
async function main(): Promise<void> {
  const program = new Command()
    .name('ingest')
    .description('Extract articles (.txt, .md, .html) and write them to the graph store')
    .argument('[paths...]', 'article files or folders (searched recursively)')
    .option(
      '--delete <documents...>',
      'remove documents, and the entities no other document mentions; each by id, by its path as ingested, or by a file name only one document has',
    )
    .option('--workers <n>', 'extraction worker threads', toCount, Math.max(1, availableParallelism() - 1))
    .parse();
  const options = program.opts<IngestCliOptions>();
  if (!options.delete && program.args.length === 0) program.error('Give files or folders to ingest, or --delete <document id or file>.');
  const store = await createGraphStore(loadStoreConfig());
  try {
    if (options.delete) await deleteDocuments(store, options.delete);
    else reportSummary(await ingestWithProgress(store, program.args, options.workers));
  } finally {
    await store.close();
  }
}

async function ingestWithProgress(store: GraphStore, paths: string[], workers: number): Promise<IngestSummary> {
  const bar = process.stderr.isTTY
    ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}', hideCursor: true }, Presets.shades_classic)
    : null;
  let started = false;
  try {
    return await ingestPaths(paths, {
      store,
      workers,
      onArticle: (outcome, done, total) => {
        if (!bar) return console.log(describeOutcome(outcome));
        if (!started) bar.start(total, 0, { file: '' });
        started = true;
        bar.update(done, { file: basename(outcome.source) });
      },
    });
  } finally {
    bar?.stop();
  }
}

function reportSummary(summary: IngestSummary): void {
  console.log(`\n${describeSummary(summary).join('\n')}`);
  process.exitCode = summary.failed.length > 0 ? 1 : 0;
}

async function deleteDocuments(store: GraphStore, documents: string[]): Promise<void> {
  for (const argument of documents) {
    const answer = await deleteNamedDocument(store, argument);
    console.log(describeDeleteAnswer(answer).join('\n'));
    if (answer.status !== 'deleted') process.exitCode = 1;
  }
}

function describeOutcome(outcome: ArticleOutcome): string {
  if (outcome.status === 'failed') return `failed    ${outcome.source} (${outcome.stage}): ${outcome.error}`;
  return `${outcome.status.padEnd(9)} ${outcome.source}`;
}

function toCount(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) throw new InvalidArgumentError('Expected a whole number, 0 or more.');
  return count;
}

main().catch((error: unknown) => {
  console.error(`ingest: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
