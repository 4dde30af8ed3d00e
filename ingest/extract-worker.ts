import { parentPort } from 'node:worker_threads';
import { extractArticle } from './extract-article.ts';
import type { Article } from './article.ts';

/** A worker thread that extracts articles sent to it, so extraction runs while the store writes. */
parentPort?.on('message', (message: { id: number; article: Article }) => {
  try {
    parentPort?.postMessage({ id: message.id, extraction: extractArticle(message.article) });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
// the pool tells a worker that died at work from one that never started
parentPort?.postMessage({ ready: true });
