/**
 * Extraction benchmark: scores every evaluation set beside the checkout with its own scorer, then
 * times extraction over all their articles against compromise's own tagging of the same texts in the
 * same run (one thread, medians of several passes), and the worker pool against one thread.
 * @example npm run bench:extract
 * @example npm run bench:extract -- --passes 5 --write-baseline
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import nlp from 'compromise';
import { extractFiles } from '../cli/extract.ts';
import { extractArticle } from '../ingest/extract-article.ts';
import { createExtractPool } from '../ingest/extract-pool.ts';
import type { Article } from '../ingest/article.ts';
import { listArticleFiles, readArticle } from '../ingest/read-article.ts';
import { EVALUATION_SETS, presentSets, type Figures } from './extraction/evaluation-sets.ts';

const toCount = (text: string): number => {
  const count = Number(text);
  if (!Number.isInteger(count) || count < 1) throw new InvalidArgumentError(`"${text}" is not a positive whole number.`);
  return count;
};
const options = new Command('bench:extract')
  .option('--passes <n>', 'timed passes over all the articles', toCount, 3)
  .option('--workers <n>', 'worker threads for the parallel pass', toCount, availableParallelism())
  .option('--write-baseline', 'write the figures as the new baseline of the CI check (raise it on purpose)')
  .parse()
  .opts<{ passes: number; workers: number; writeBaseline?: boolean }>();

const BASELINE_FILE = new URL('../tests/ingest/extraction-baseline.json', import.meta.url);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const sets = presentSets();
console.log(`bench:extract — ${sets.length} of ${EVALUATION_SETS.length} evaluation sets present; ` +
  `${availableParallelism()} cores, load average ${loadavg().map((load) => load.toFixed(1)).join(' ')}`);
if (sets.length === 0) console.log('  none found beside the checkout (../shared): only throughput on the samples is measured');

const baseline = JSON.parse(await readFile(BASELINE_FILE, 'utf8').catch(() => '{}')) as Record<string, Figures>;
const measured: Record<string, Figures> = {};
for (const set of sets) {
  const out = await mkdtemp(join(tmpdir(), 'bench-extract-'));
  try {
    await extractFiles([set.articles], out);
    const figures = await set.score(out);
    measured[set.name] = figures;
    console.log(`\n${set.name}`);
    for (const [name, figure] of Object.entries(figures)) {
      const floor = baseline[set.name]?.[name];
      const against = floor === undefined ? '' : `   baseline ${floor.toFixed(3)}${figure < floor - 0.0005 ? '  BELOW' : ''}`;
      console.log(`  ${name.padEnd(22)} ${figure.toFixed(3)}${against}`);
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

// Throughput is timed over the dev sets only, so the figure compares with earlier runs.
const timed = sets.filter((set) => set.split === 'dev');
const folders = timed.length > 0 ? timed.map((set) => set.articles) : [new URL('../samples', import.meta.url).pathname];
const articles: Article[] = [];
for (const file of await listArticleFiles(folders)) {
  const read = await readArticle(file);
  if (read.ok) articles.push(read.article);
}
const chars = articles.reduce((sum, article) => sum + article.text.length, 0);

/** Milliseconds of one pass of `work` over every article. */
function timePass(work: (article: Article) => unknown): number {
  const start = performance.now();
  for (const article of articles) work(article);
  return performance.now() - start;
}
// one untimed pass each: compromise builds its lexicon and the JIT warms up
timePass((article) => nlp(article.text));
timePass((article) => extractArticle(article));
const compromiseMs: number[] = [];
const extractMs: number[] = [];
for (let pass = 0; pass < options.passes; pass++) {
  compromiseMs.push(timePass((article) => nlp(article.text)));
  extractMs.push(timePass((article) => extractArticle(article)));
}
const rate = (ms: number) => `${((articles.length / ms) * 1000).toFixed(1)} articles/s, ${((chars / ms) * 1000 / 1000).toFixed(0)}k chars/s`;
console.log(`\nthroughput over ${articles.length} articles (${(chars / 1000).toFixed(0)}k characters), one thread, median of ${options.passes} passes`);
console.log(`  compromise tagging alone (nlp(text)): ${rate(median(compromiseMs))}`);
console.log(`  our extraction (extractArticle):      ${rate(median(extractMs))}`);
console.log(`  ratio: ${(median(compromiseMs) / median(extractMs)).toFixed(2)}× compromise's speed (target ≥ 0.70×)`);

const pool = createExtractPool(options.workers);
try {
  await Promise.all(articles.slice(0, options.workers * 2).map((article) => pool.extract(article))); // workers load compromise
  const parallelMs: number[] = [];
  for (let pass = 0; pass < options.passes; pass++) {
    const start = performance.now();
    await Promise.all(articles.map((article) => pool.extract(article)));
    parallelMs.push(performance.now() - start);
  }
  console.log(`  ${options.workers} worker threads:               ${rate(median(parallelMs))}, ` +
    `${(median(extractMs) / median(parallelMs)).toFixed(2)}× one thread`);
} finally {
  await pool.close();
}

if (options.writeBaseline) {
  const rounded = Object.fromEntries(
    Object.entries(measured).map(([set, figures]) => [set, Object.fromEntries(Object.entries(figures).map(([name, figure]) => [name, Math.floor(figure * 1000) / 1000]))]),
  );
  await writeFile(BASELINE_FILE, `${JSON.stringify({ ...baseline, ...rounded }, null, 2)}\n`);
  console.log(`\nbaseline written to tests/ingest/extraction-baseline.json`);
}
