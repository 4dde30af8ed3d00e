import type { Row } from '../graph-reads.ts';

/**
 * The rows of the app's read queries, kept until the next write. Only the embedded store can keep
 * them: its folder is locked to this process, so every change to the graph passes through `clear`.
 * Least recently used queries go first once `maxRows` rows are held; rows are frozen, since every
 * caller of a query shares them.
 */
export class ReadCache {
  private readonly entries = new Map<string, readonly Row[]>();
  private heldRows = 0;
  private generation = 0;

  constructor(private readonly maxRows: number) {}

  /** The rows of `query` with `params`: kept ones, or those `run` reads, kept when no write came in between. */
  async read(query: string, params: Record<string, unknown>, run: () => Promise<Row[]>): Promise<readonly Row[]> {
    if (this.maxRows <= 0) return run();
    const key = `${query}\u0000${JSON.stringify(params)}`;
    const kept = this.entries.get(key);
    if (kept) {
      this.entries.delete(key);
      this.entries.set(key, kept);
      return kept;
    }
    const startedIn = this.generation;
    const rows = await run();
    // a write that committed while this read ran may or may not show in its rows
    if (startedIn === this.generation && rows.length <= this.maxRows) this.keep(key, rows);
    return rows;
  }

  /** Forgets every row: called after each write commits. */
  clear(): void {
    this.generation++;
    this.entries.clear();
    this.heldRows = 0;
  }

  get size(): { queries: number; rows: number } {
    return { queries: this.entries.size, rows: this.heldRows };
  }

  private keep(key: string, rows: Row[]): void {
    for (const row of rows) Object.freeze(row);
    this.entries.set(key, Object.freeze(rows));
    this.heldRows += rows.length;
    for (const [oldest, oldRows] of this.entries) {
      if (this.heldRows <= this.maxRows) break;
      this.entries.delete(oldest);
      this.heldRows -= oldRows.length;
    }
  }
}
