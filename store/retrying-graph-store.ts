import { StoreUnavailableError } from '../model/errors.ts';
import type { Backend, GraphStore } from './graph-store.ts';

export interface RetryingStoreOptions {
  backend: Backend;
  /** How long to wait between attempts to open the store. */
  retryMs?: number;
  log?: (message: string) => void;
  /** Called with an error that retrying cannot fix, such as a wrong setting. */
  onFatal?: (error: unknown) => void;
}

/** A GraphStore that may not be open yet, with a promise for when it is. */
export type RetryingGraphStore = GraphStore & { readonly ready: Promise<void> };

/**
 * Opens the store now, or keeps trying in the background while every call answers with the reason
 * it is unavailable (a 503 saying what to do), so the server starts, and recovers when the store
 * comes back: the embedded folder unlocked, Neo4j started.
 */
export function createRetryingGraphStore(open: () => Promise<GraphStore>, options: RetryingStoreOptions): RetryingGraphStore {
  let store: GraphStore | null = null;
  let lastError: unknown = new StoreUnavailableError('The graph store is still opening; try again in a moment.');
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const attempt = async (): Promise<void> => {
    try {
      const opened = await open();
      if (closed) return void (await opened.close());
      store = opened;
      options.log?.(`The ${options.backend} graph store is open.`);
      markReady();
    } catch (error) {
      if (!(error instanceof StoreUnavailableError)) return options.onFatal?.(error);
      if (lastError instanceof StoreUnavailableError && lastError.message !== error.message) options.log?.(error.message);
      lastError = error;
      if (!closed) timer = setTimeout(() => void attempt().catch(() => undefined), options.retryMs ?? 5_000);
    }
  };
  const first = attempt();

  const target = {
    backend: options.backend,
    ready,
    async close() {
      closed = true;
      clearTimeout(timer);
      await first.catch(() => undefined);
      await store?.close();
    },
  };
  return new Proxy(target as unknown as RetryingGraphStore, {
    get(self, property, receiver) {
      if (property in self) return Reflect.get(self, property, receiver);
      return (...args: unknown[]) => {
        if (!store) return Promise.reject(lastError);
        const method = Reflect.get(store, property) as (...a: unknown[]) => unknown;
        return method.apply(store, args);
      };
    },
  });
}
