/**
 * The child process of bench:compare-speed: loads one checkout's extractor and the articles it is given,
 * warms up on all of them, then times the slices of articles its parent asks for (IPC messages `{ from, to }`,
 * answered with `{ ms }`). Each checkout runs in a process of its own: two extractors in one process share
 * compromise and the JIT, and the one run beside the other was measured twice as slow as when run alone.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { Article } from '../../ingest/article.ts';
import { listArticleFiles, readArticle } from '../../ingest/read-article.ts';

type Extract = (article: Article) => unknown;
interface TimeSlice { from: number; to: number }

const [root, ...folders] = process.argv.slice(2) as [string, ...string[]];
const { extractArticle } = await import(pathToFileURL(resolve(root, 'ingest/extract-article.ts')).href) as { extractArticle: Extract };
const articles: Article[] = [];
for (const file of await listArticleFiles(folders)) {
  const read = await readArticle(file);
  if (read.ok) articles.push(read.article);
}
// One untimed pass: compromise builds its lexicon and the JIT warms up.
for (const article of articles) extractArticle(article);
process.on('message', ({ from, to }: TimeSlice) => {
  const start = performance.now();
  for (const article of articles.slice(from, to)) extractArticle(article);
  process.send!({ ms: performance.now() - start });
});
process.send!({ ready: articles.length });
