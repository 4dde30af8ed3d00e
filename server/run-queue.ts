import { AppError } from '../model/errors.ts';

export interface RunQueueOptions {
  /** Tasks that run at once. */
  concurrency: number;
  /** Tasks that may wait for a turn; one more is refused at once. */
  maxWaiting: number;
  /** Longest a task waits for its turn before it is refused. */
  maxWaitMs: number;
  /** The error a refused task gets: the queue was full, or its turn did not come in time. */
  toBusyError: (reason: 'full' | 'waited too long') => Error;
}

/** A limit on how many tasks run at once, the others waiting in order of arrival. */
export interface RunQueue {
  /** Runs `task` when its turn comes; rejects at once when the queue is full, or when `signal` aborts while it waits. */
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  readonly running: number;
  readonly waiting: number;
}

/**
 * A FIFO queue in front of work that must not take every resource at once (users' Cypher queries):
 * at most `concurrency` run, at most `maxWaiting` wait, and none waits longer than `maxWaitMs`.
 * @example const queue = createRunQueue({ concurrency: 1, maxWaiting: 16, maxWaitMs: 10_000, toBusyError });
 */
export function createRunQueue(options: RunQueueOptions): RunQueue {
  /** Each waiting task's start, oldest first. */
  const waiters: (() => void)[] = [];
  let running = 0;

  const next = () => {
    running -= 1;
    waiters.shift()?.();
  };

  const turn = (signal?: AbortSignal): Promise<void> => {
    if (signal?.aborted) return Promise.reject(closed());
    if (running < options.concurrency && waiters.length === 0) {
      running += 1;
      return Promise.resolve();
    }
    if (waiters.length >= options.maxWaiting) return Promise.reject(options.toBusyError('full'));
    return new Promise<void>((resolve, reject) => {
      const settle = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      const start = () => {
        settle();
        running += 1;
        resolve();
      };
      const leave = (error: Error) => {
        settle();
        waiters.splice(waiters.indexOf(start), 1);
        reject(error);
      };
      const onAbort = () => leave(closed());
      const timer = setTimeout(() => leave(options.toBusyError('waited too long')), options.maxWaitMs);
      signal?.addEventListener('abort', onAbort, { once: true });
      waiters.push(start);
    });
  };

  const closed = () => new AppError('REQUEST_CLOSED', 'The client closed the request before its turn came.', 499);

  return {
    async run(task, signal) {
      await turn(signal);
      try {
        return await task();
      } finally {
        next();
      }
    },
    get running() {
      return running;
    },
    get waiting() {
      return waiters.length;
    },
  };
}
