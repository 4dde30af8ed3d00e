import { describe, expect, it } from 'vitest';
import { ReadCache } from '../../../../server/store/embedded/read-cache.ts';
import type { Row } from '../../../../server/store/graph-reads.ts';

/** A query runner that counts its calls and answers `rows`. */
function counting(rows: Row[]) {
  const runner = { calls: 0, run: async () => (runner.calls++, rows.map((row) => ({ ...row }))) };
  return runner;
}

describe('ReadCache', () => {
  it('answers a query asked again with the same parameters from the rows kept', async () => {
    const cache = new ReadCache(100);
    const runner = counting([{ id: 'a' }]);
    const first = await cache.read('Q', { id: 1 }, runner.run);
    expect(await cache.read('Q', { id: 1 }, runner.run)).toBe(first);
    await cache.read('Q', { id: 2 }, runner.run);
    expect(runner.calls).toBe(2);
  });

  it('runs every query again after clear', async () => {
    const cache = new ReadCache(100);
    const runner = counting([{ id: 'a' }]);
    await cache.read('Q', {}, runner.run);
    cache.clear();
    await cache.read('Q', {}, runner.run);
    expect(runner.calls).toBe(2);
  });

  it('does not keep rows read while a write committed', async () => {
    const cache = new ReadCache(100);
    const runner = counting([{ id: 'old' }]);
    await cache.read('Q', {}, async () => {
      cache.clear(); // the write commits while the read is under way
      return runner.run();
    });
    await cache.read('Q', {}, runner.run);
    expect(runner.calls).toBe(2);
  });

  it('lets the least recently used queries go once it holds more rows than allowed', async () => {
    const cache = new ReadCache(4);
    const runner = counting([{ n: 1 }, { n: 2 }]);
    await cache.read('A', {}, runner.run);
    await cache.read('B', {}, runner.run);
    await cache.read('A', {}, runner.run); // A is now the most recent
    await cache.read('C', {}, runner.run); // six rows: B goes
    expect(cache.size).toEqual({ queries: 2, rows: 4 });
    await cache.read('A', {}, runner.run);
    expect(runner.calls).toBe(3);
    await cache.read('B', {}, runner.run);
    expect(runner.calls).toBe(4);
  });

  it('hands out frozen rows, which no caller can change for the next', async () => {
    const cache = new ReadCache(100);
    const rows = await cache.read('Q', {}, counting([{ id: 'a' }]).run);
    expect(() => {
      (rows[0] as Row).id = 'b';
    }).toThrow(TypeError);
  });

  it('keeps nothing when allowed no rows', async () => {
    const cache = new ReadCache(0);
    const runner = counting([{ id: 'a' }]);
    await cache.read('Q', {}, runner.run);
    await cache.read('Q', {}, runner.run);
    expect(runner.calls).toBe(2);
  });
});
