import kuzu from 'kuzu';

/** A read connection lent to one query at a time, with the statements it has prepared. */
export interface PooledConnection {
  connection: kuzu.Connection;
  /** Prepared statements by query text. Parameters are bound into a statement when it runs, so a
   * statement is safe to reuse only on a connection that runs one query at a time: this one. */
  prepared: Map<string, kuzu.PreparedStatement>;
}

/**
 * Distinct statements a read connection may prepare before it is replaced. The engine keeps every
 * statement a connection prepares until the connection closes, and some reads are written from the
 * user's filters (the relationship types asked for), so a long-running server would otherwise grow.
 */
const MAX_PREPARED_PER_CONNECTION = 256;

/**
 * A fixed set of read connections on one database. Reads run in parallel on separate connections,
 * and each query has its connection to itself, which is what makes reusing prepared statements safe.
 */
export class ConnectionPool {
  private readonly idle: PooledConnection[] = [];
  private readonly all: PooledConnection[] = [];
  private readonly waiting: ((lent: PooledConnection) => void)[] = [];

  constructor(
    private readonly database: kuzu.Database,
    size: number,
    private readonly maxPrepared = MAX_PREPARED_PER_CONNECTION,
  ) {
    for (let i = 0; i < size; i++) {
      const lent = this.open();
      this.all.push(lent);
      this.idle.push(lent);
    }
  }

  private open(): PooledConnection {
    return { connection: new kuzu.Connection(this.database), prepared: new Map<string, kuzu.PreparedStatement>() };
  }

  /** Runs `work` with a connection of its own, waiting for one to be free. */
  async use<T>(work: (lent: PooledConnection) => Promise<T>): Promise<T> {
    let lent = this.idle.pop() ?? (await new Promise<PooledConnection>((resolve) => this.waiting.push(resolve)));
    try {
      return await work(lent);
    } finally {
      if (lent.prepared.size > this.maxPrepared) lent = await this.replace(lent);
      const next = this.waiting.shift();
      if (next) next(lent);
      else this.idle.push(lent);
    }
  }

  /** A fresh connection in place of one that has prepared too many statements; closing it frees them. */
  private async replace(worn: PooledConnection): Promise<PooledConnection> {
    const fresh = this.open();
    this.all.splice(this.all.indexOf(worn), 1, fresh);
    await worn.connection.close().catch(() => undefined);
    return fresh;
  }

  async close(): Promise<void> {
    for (const { connection } of this.all) await connection.close().catch(() => undefined);
  }
}
