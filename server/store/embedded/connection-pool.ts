import kuzu from 'kuzu';

/** A read connection lent to one query at a time, with the statements it has prepared. */
export interface PooledConnection {
  connection: kuzu.Connection;
  /** Prepared statements by query text. Parameters are bound into a statement when it runs, so a
   * statement is safe to reuse only on a connection that runs one query at a time: this one. */
  prepared: Map<string, kuzu.PreparedStatement>;
}

/**
 * A fixed set of read connections on one database. Reads run in parallel on separate connections,
 * and each query has its connection to itself, which is what makes reusing prepared statements safe.
 */
export class ConnectionPool {
  private readonly idle: PooledConnection[] = [];
  private readonly all: PooledConnection[] = [];
  private readonly waiting: ((lent: PooledConnection) => void)[] = [];

  constructor(database: kuzu.Database, size: number) {
    for (let i = 0; i < size; i++) {
      const lent = { connection: new kuzu.Connection(database), prepared: new Map<string, kuzu.PreparedStatement>() };
      this.all.push(lent);
      this.idle.push(lent);
    }
  }

  /** Runs `work` with a connection of its own, waiting for one to be free. */
  async use<T>(work: (lent: PooledConnection) => Promise<T>): Promise<T> {
    const lent = this.idle.pop() ?? (await new Promise<PooledConnection>((resolve) => this.waiting.push(resolve)));
    try {
      return await work(lent);
    } finally {
      const next = this.waiting.shift();
      if (next) next(lent);
      else this.idle.push(lent);
    }
  }

  async close(): Promise<void> {
    for (const { connection } of this.all) await connection.close().catch(() => undefined);
  }
}
