import { Worker } from 'node:worker_threads';
import { extractArticle } from './extract-article.ts';
import type { Article, Extraction } from './model.ts';

/** Extracts articles, in worker threads when it has any, in this thread otherwise. */
export interface ExtractPool {
  extract(article: Article): Promise<Extraction>;
  close(): Promise<void>;
}

/** The worker is TypeScript: it registers tsx's loader first, as the CLI that starts it did. */
const WORKER_BOOTSTRAP = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(new URL('./extract-worker.ts', import.meta.url).href)}); })`;

type Pending = { resolve: (extraction: Extraction) => void; reject: (error: Error) => void };

/**
 * A pool of `size` extraction workers; size 0 extracts in this thread (tests, and runtimes that
 * cannot load TypeScript in a worker). Work goes to the worker with the fewest articles waiting.
 */
export function createExtractPool(size: number): ExtractPool {
  if (size <= 0) {
    return { extract: async (article) => extractArticle(article), close: async () => undefined };
  }
  const pending = new Map<number, Pending>();
  const load = new Map<Worker, number>();
  let nextId = 0;
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(WORKER_BOOTSTRAP, { eval: true });
    load.set(worker, 0);
    worker.on('message', (message: { id: number; extraction?: Extraction; error?: string }) => {
      load.set(worker, (load.get(worker) ?? 1) - 1);
      const job = pending.get(message.id);
      pending.delete(message.id);
      if (message.extraction) job?.resolve(message.extraction);
      else job?.reject(new Error(message.error ?? 'extraction failed'));
    });
    worker.on('error', (error) => {
      for (const job of pending.values()) job.reject(error);
      pending.clear();
    });
    return worker;
  });
  return {
    extract(article) {
      const worker = workers.reduce((best, candidate) => ((load.get(candidate) ?? 0) < (load.get(best) ?? 0) ? candidate : best));
      const id = nextId++;
      load.set(worker, (load.get(worker) ?? 0) + 1);
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, article });
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
