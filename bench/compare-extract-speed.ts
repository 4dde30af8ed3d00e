/**
 * Extraction speed of this checkout against another one (an earlier commit checked out beside it), made
 * for shared machines whose load changes from one run to the next: each article is extracted by both
 * trees in turn, the one going first alternating, so a busy minute weighs on both alike. Two separate
 * `bench:extract` runs on the same commit here have differed by nearly a tenth (0.67× and 0.75×); interleaved, the ratio holds.
 * Prints each tree's total over all passes and the ratio of this checkout's time to the other's.
 * The other checkout needs its dependencies (`npm ci`, or a link to this checkout's node_modules).
 * @example git worktree add ../before HEAD~5 && ln -s "$PWD/node_modules" ../before/node_modules && npm run bench:compare-speed -- ../before
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import type { Article } from '../ingest/article.ts';
import { extractArticle } from '../ingest/extract-article.ts';
import { listArticleFiles, readArticle } from '../ingest/read-article.ts';
import { presentSets } from './extraction/evaluation-sets.ts';

type Extract = (article: Article) => unknown;

const toCount = (text: string): number => {
  const count = Number(text);
  if (!Number.isInteger(count) || count < 1) throw new InvalidArgumentError(`"${text}" is not a positive whole number.`);
  return count;
};
const command = new Command('bench:compare-speed')
  .argument('<other>', 'the other checkout, e.g. a git worktree of an earlier commit')
  .option('--passes <n>', 'timed passes over all the articles', toCount, 3)
  .parse();
const [otherRoot] = command.processedArgs as [string];
const { passes } = command.opts<{ passes: number }>();

const otherModule = resolve(otherRoot, 'ingest/extract-article.ts');
if (!existsSync(otherModule)) command.error(`${otherRoot} holds no ingest/extract-article.ts: is it a checkout of this project?`);
const otherExtract = (await import(pathToFileURL(otherModule).href) as { extractArticle: Extract }).extractArticle;

// The dev sets beside the checkout, as bench:extract times; the samples where there are none.
const timed = presentSets().filter((set) => set.split === 'dev');
const folders = timed.length > 0 ? timed.map((set) => set.articles) : [new URL('../samples', import.meta.url).pathname];
const articles: Article[] = [];
for (const file of await listArticleFiles(folders)) {
  const read = await readArticle(file);
  if (read.ok) articles.push(read.article);
}

const trees: { name: string; extract: Extract; ms: number }[] = [
  { name: 'this checkout', extract: extractArticle, ms: 0 },
  { name: resolve(otherRoot), extract: otherExtract, ms: 0 },
];
// One untimed pass each: compromise builds its lexicon and the JIT warms up.
for (const article of articles) for (const tree of trees) tree.extract(article);
for (let pass = 0; pass < passes; pass++) {
  articles.forEach((article, i) => {
    const order = (i + pass) % 2 === 0 ? trees : [...trees].reverse();
    for (const tree of order) {
      const start = performance.now();
      tree.extract(article);
      tree.ms += performance.now() - start;
    }
  });
}
const [ours, theirs] = trees as [typeof trees[0], typeof trees[0]];
console.log(`bench:compare-speed — ${articles.length} articles, ${passes} interleaved passes`);
for (const tree of trees) console.log(`  ${tree.name}: ${(tree.ms / passes / 1000).toFixed(2)} s a pass`);
console.log(`  this checkout takes ${(ours.ms / theirs.ms).toFixed(3)}× the other's time (below 1 is faster)`);
