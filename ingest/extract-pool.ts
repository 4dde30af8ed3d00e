import { Worker } from 'node:worker_threads';
import type { Article } from './article.ts';
import type { Extraction } from '../model/extraction.ts';

/** Extracts articles, in worker threads when it has any, in this thread otherwise. */
export interface ExtractPool {
  extract(article: Article): Promise<Extraction>;
  close(): Promise<void>;
}

export interface ExtractPoolOptions {
  /** The module each worker runs (extract-worker.ts); it must say `{ ready: true }` once loaded. */
  workerModule?: URL;
}

/**
 * The extraction rules and word lists (~60 MB), loaded where articles are extracted: an ingest whose
 * worker threads extract never loads them in its own thread.
 */
export async function loadExtractor(): Promise<(article: Article) => Extraction> {
  return (await import('./extract-article.ts')).extractArticle;
}

/** The worker is TypeScript: it registers tsx's loader first, as the CLI that starts it did. */
const toBootstrap = (module: URL) => `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); })`;

interface Job {
  id: number;
  article: Article;
  resolve: (extraction: Extraction) => void;
  reject: (error: Error) => void;
}

type WorkerMessage = { ready: true } | { id: number; extraction?: Extraction; error?: string };

/**
 * A pool of `size` extraction workers; size 0 extracts in this thread (tests, and runtimes that
 * cannot load TypeScript in a worker). Work goes to the worker with the fewest articles waiting.
 * A worker that dies (out of memory on a huge article, say) fails only the article it was extracting:
 * a new worker takes its place and the articles that were waiting for it.
 */
export function createExtractPool(size: number, options: ExtractPoolOptions = {}): ExtractPool {
  if (size <= 0) {
    return { extract: async (article) => (await loadExtractor())(article), close: async () => undefined };
  }
  const bootstrap = toBootstrap(options.workerModule ?? new URL('./extract-worker.ts', import.meta.url));
  // the jobs sent to each worker, oldest first: a worker extracts in the order it receives
  const queues = new Map<Worker, Job[]>();
  let nextId = 0;
  let closing = false;
  let startupError: Error | null = null;

  const send = (worker: Worker, job: Job) => {
    queues.get(worker)!.push(job);
    worker.postMessage({ id: job.id, article: job.article });
  };

  const start = (): Worker => {
    const worker = new Worker(bootstrap, { eval: true });
    queues.set(worker, []);
    let ready = false;
    let failure: Error | null = null;
    worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) return void (ready = true);
      const queue = queues.get(worker) ?? [];
      const index = queue.findIndex((job) => job.id === message.id);
      if (index < 0) return;
      const [job] = queue.splice(index, 1);
      if (message.extraction) job!.resolve(message.extraction);
      else job!.reject(new Error(message.error ?? 'extraction failed'));
    });
    // an uncaught error ends the worker; 'exit' follows
    worker.on('error', (error) => (failure = error));
    worker.on('exit', (code) => {
      const queue = queues.get(worker) ?? [];
      queues.delete(worker);
      const reason = failure?.message ?? `exit code ${code}`;
      if (closing) return queue.forEach((job) => job.reject(new Error('The extraction pool was closed before this article was extracted.')));
      if (!ready) {
        // it never loaded: another would fail the same way
        startupError = new Error(`The extraction worker could not start: ${reason}`);
        queue.forEach((job) => job.reject(startupError!));
        return;
      }
      const [current, ...waiting] = queue;
      current?.reject(new Error(`Extraction stopped: the worker ended while extracting this article (${reason}).`));
      const replacement = start();
      for (const job of waiting) send(replacement, job);
    });
    return worker;
  };

  for (let i = 0; i < size; i++) start();

  return {
    extract(article) {
      return new Promise((resolve, reject) => {
        const workers = [...queues.keys()];
        if (workers.length === 0) return reject(startupError ?? new Error('The extraction pool is closed.'));
        const worker = workers.reduce((best, candidate) => (queues.get(candidate)!.length < queues.get(best)!.length ? candidate : best));
        send(worker, { id: nextId++, article, resolve, reject });
      });
    },
    async close() {
      closing = true;
      await Promise.all([...queues.keys()].map((worker) => worker.terminate()));
    },
  };
}
