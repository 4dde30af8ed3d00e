import kuzu from 'kuzu';
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectionPool, type PooledConnection } from '../../../store/embedded/connection-pool.ts';

let database: kuzu.Database;
afterEach(async () => {
  await database.close();
});

/** Runs a query as the store's reads do: prepared once per connection, kept in its map. */
async function runPrepared({ connection, prepared }: PooledConnection, query: string): Promise<unknown[]> {
  const statement = prepared.get(query) ?? (await connection.prepare(query));
  prepared.set(query, statement);
  const result = (await connection.execute(statement, {})) as kuzu.QueryResult;
  try {
    return result.getAllSync();
  } finally {
    result.close();
  }
}

describe('read connection pool', () => {
  it('replaces a connection that has prepared more statements than it may keep, and reads go on', async () => {
    database = new kuzu.Database(':memory:');
    const pool = new ConnectionPool(database, 1, 2);
    const seen: kuzu.Connection[] = [];
    for (const value of [1, 2, 3, 4]) {
      const rows = await pool.use(async (lent) => {
        seen.push(lent.connection);
        return runPrepared(lent, `RETURN ${value} AS value`);
      });
      expect(rows).toEqual([{ value }]);
    }
    // the third statement went past the limit of two: the fourth read ran on a fresh connection
    expect(seen[1]).toBe(seen[0]);
    expect(seen[2]).toBe(seen[0]);
    expect(seen[3]).not.toBe(seen[0]);
    await pool.close();
  });
});
