import { describe, expect, it } from 'vitest';
import { createRunQueue, type RunQueue } from '../../server/run-queue.ts';

/** A task that runs until its `finish` is called, recording when it started. */
function createTask(started: string[], name: string) {
  let finish: () => void = () => undefined;
  const done = new Promise<string>((resolve) => (finish = () => resolve(name)));
  const run = () => {
    started.push(name);
    return done;
  };
  return { run, finish: () => finish() };
}

const busy = (reason: string) => new Error(`busy: ${reason}`);
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createRunQueue', () => {
  it('runs at most `concurrency` tasks at once and starts the others in order of arrival', async () => {
    const queue: RunQueue = createRunQueue({ concurrency: 2, maxWaiting: 10, maxWaitMs: 60_000, toBusyError: busy });
    const started: string[] = [];
    const tasks = ['a', 'b', 'c', 'd'].map((name) => createTask(started, name));
    const results = tasks.map((task) => queue.run(task.run));
    await tick();
    expect(started).toEqual(['a', 'b']);
    expect(queue.waiting).toBe(2);
    tasks[1]!.finish();
    await tick();
    expect(started).toEqual(['a', 'b', 'c']);
    tasks[0]!.finish();
    tasks[2]!.finish();
    tasks[3]!.finish();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd']);
    expect(queue.running).toBe(0);
  });

  it('refuses a task at once when the queue is full, and frees the turn of a task that failed', async () => {
    const queue = createRunQueue({ concurrency: 1, maxWaiting: 1, maxWaitMs: 60_000, toBusyError: busy });
    const started: string[] = [];
    const first = createTask(started, 'first');
    const running = queue.run(first.run);
    const waiting = queue.run(async () => {
      throw new Error('the query failed');
    });
    await expect(queue.run(async () => 'third')).rejects.toThrow('busy: full');
    first.finish();
    await running;
    await expect(waiting).rejects.toThrow('the query failed');
    expect(await queue.run(async () => 'after')).toBe('after');
  });

  it('refuses a task that waited longer than it may', async () => {
    const queue = createRunQueue({ concurrency: 1, maxWaiting: 5, maxWaitMs: 20, toBusyError: busy });
    const started: string[] = [];
    const first = createTask(started, 'first');
    const running = queue.run(first.run);
    await expect(queue.run(async () => 'late')).rejects.toThrow('busy: waited too long');
    expect(queue.waiting).toBe(0);
    first.finish();
    await running;
  });

  it('drops a waiting task whose request was closed, so it never runs', async () => {
    const queue = createRunQueue({ concurrency: 1, maxWaiting: 5, maxWaitMs: 60_000, toBusyError: busy });
    const started: string[] = [];
    const first = createTask(started, 'first');
    const running = queue.run(first.run);
    const controller = new AbortController();
    const abandoned = queue.run(createTask(started, 'abandoned').run, controller.signal);
    controller.abort();
    await expect(abandoned).rejects.toMatchObject({ code: 'REQUEST_CLOSED' });
    first.finish();
    await running;
    expect(started).toEqual(['first']);
  });
});
