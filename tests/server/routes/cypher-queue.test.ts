import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app.ts';
import { createEmbeddedGraphStore } from '../../../store/embedded/graph-store-embedded.ts';
import type { GraphStore } from '../../../store/graph-store.ts';

let close: () => Promise<void> = async () => undefined;
afterEach(async () => close());

/**
 * An in-memory store whose users' queries wait at the door until the test lets them in, one by one:
 * `arrived` counts the queries that reached the store.
 */
async function startWithHeldQueries(options: { concurrency: number; queueLimit: number; timeoutMs: number }) {
  const store = await createEmbeddedGraphStore({ path: ':memory:' });
  const doors: (() => void)[] = [];
  const held = new Proxy(store, {
    get(target, property) {
      if (property === 'runReadQuery') {
        return async (...args: Parameters<GraphStore['runReadQuery']>) => {
          await new Promise<void>((open) => doors.push(open));
          return target.runReadQuery(...args);
        };
      }
      const value = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const app = createApp({
    store: held,
    log: () => undefined,
    cypherConcurrency: options.concurrency,
    cypherQueueLimit: options.queueLimit,
    cypherTimeoutMs: options.timeoutMs,
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  close = async () => {
    await new Promise((resolve) => server.close(resolve));
    await store.close();
  };
  const api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  const cypher = (query: string) =>
    fetch(`${api}/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { api, cypher, doors };
}

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe("users' Cypher queries", () => {
  it('run one at a time in order of arrival, with health answering meanwhile', async () => {
    const { api, cypher, doors } = await startWithHeldQueries({ concurrency: 1, queueLimit: 4, timeoutMs: 30_000 });
    const first = cypher('RETURN 1 AS n');
    await until(() => doors.length === 1);
    const second = cypher('RETURN 2 AS n');
    const health = await fetch(`${api}/health`);
    expect(health.status).toBe(200);
    // the second waits in the queue, not at the store, until the first is done
    expect(doors).toHaveLength(1);
    doors[0]!();
    expect(await (await first).json()).toMatchObject({ rows: [{ n: 1 }] });
    await until(() => doors.length === 2);
    doors[1]!();
    expect(await (await second).json()).toMatchObject({ rows: [{ n: 2 }] });
  });

  it('past the queue limit are refused with 503 CYPHER_BUSY and a Retry-After', async () => {
    const { cypher, doors } = await startWithHeldQueries({ concurrency: 1, queueLimit: 1, timeoutMs: 7_500 });
    const running = cypher('RETURN 1 AS n');
    await until(() => doors.length === 1);
    const waiting = cypher('RETURN 2 AS n');
    await new Promise((resolve) => setTimeout(resolve, 50)); // the second is in the queue
    const refused = await cypher('RETURN 3 AS n');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('8');
    expect(await refused.json()).toMatchObject({ code: 'CYPHER_BUSY', message: expect.stringContaining('1 at a time, 1 waiting') });
    doors[0]!();
    await until(() => doors.length === 2);
    doors[1]!();
    expect((await running).status).toBe(200);
    expect((await waiting).status).toBe(200);
  });
});
