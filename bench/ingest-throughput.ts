/**
 * Ingest throughput: extraction and store writes, per article, over the samples (and ../shared/corpus
 * when it is beside the checkout), each run into a fresh in-memory embedded store.
 * Prints medians over the runs: these machines are shared and noisy.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../ingest/extract-article.ts';
import { listArticleFiles, readArticle } from '../ingest/read-article.ts';
import type { Article } from '../ingest/article.ts';
import { createEmbeddedGraphStore } from '../store/embedded/graph-store-embedded.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const folders = [fileURLToPath(new URL('../samples', import.meta.url)), fileURLToPath(new URL('../../shared/corpus', import.meta.url))];

const articles: Article[] = [];
for (const file of await listArticleFiles(folders.filter((folder) => existsSync(folder)))) {
  const read = await readArticle(file);
  if (read.ok) articles.push(read.article);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const extractMs: number[] = [];
const writeMs: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const store = await createEmbeddedGraphStore({ path: ':memory:' });
  let extracting = 0;
  let writing = 0;
  for (const article of articles) {
    const t0 = performance.now();
    const extraction = extractArticle(article);
    const t1 = performance.now();
    await store.writeExtraction(extraction, { source: article.source, ingestedAt: new Date().toISOString(), text: article.text });
    writing += performance.now() - t1;
    extracting += t1 - t0;
  }
  await store.close();
  extractMs.push(extracting);
  writeMs.push(writing);
}

const chars = articles.reduce((sum, article) => sum + article.text.length, 0);
console.log(`ingest throughput: ${articles.length} articles, ${chars} characters, ${RUNS} runs (medians)`);
console.log(`  extract: ${median(extractMs).toFixed(0)} ms in all, ${(median(extractMs) / articles.length).toFixed(1)} ms/article`);
console.log(`  write:   ${median(writeMs).toFixed(0)} ms in all, ${(median(writeMs) / articles.length).toFixed(1)} ms/article`);
console.log(`  total:   ${((articles.length / (median(extractMs) + median(writeMs))) * 1000).toFixed(1)} articles/s`);
