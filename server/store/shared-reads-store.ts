import type { ReadQueries } from './cypher/read-queries.ts';
import { createExplorerReads } from './explorer-reads.ts';
import { createGraphReads, type Row } from './graph-reads.ts';
import type { GraphStore, QuoteQuery } from './graph-store.ts';

/**
 * The reads every adapter answers the same way, written once over the adapter's own way of running a
 * query. An adapter extends this and supplies `runRead` and the queries in its dialect.
 */
export abstract class SharedReadsStore {
  private readonly reads;
  private readonly explorer;

  protected constructor(queries: ReadQueries) {
    const run = (query: string, params?: Record<string, unknown>) => this.runRead(query, params);
    this.reads = createGraphReads(run, queries);
    this.explorer = createExplorerReads(run, queries, this.reads.edgesAmong);
  }

  /** Runs one of the app's read queries and returns plain rows. */
  protected abstract runRead(query: string, params?: Record<string, unknown>): Promise<Row[]>;

  counts() {
    return this.reads.counts();
  }
  searchEntities(...args: Parameters<GraphStore['searchEntities']>) {
    return this.reads.searchEntities(...args);
  }
  getEntity(id: string) {
    return this.reads.getEntity(id);
  }
  getNeighborhood(...args: Parameters<GraphStore['getNeighborhood']>) {
    return this.reads.getNeighborhood(...args);
  }
  overview(limit: number) {
    return this.reads.overview(limit);
  }
  quotesBySpeaker(...args: Parameters<GraphStore['quotesBySpeaker']>) {
    return this.reads.quotesBySpeaker(...args);
  }
  quotesAbout(...args: Parameters<GraphStore['quotesAbout']>) {
    return this.reads.quotesAbout(...args);
  }
  findQuotes(query: QuoteQuery) {
    return this.explorer.findQuotes(query);
  }
  getDocument(documentId: string) {
    return this.explorer.getDocument(documentId);
  }
  saidAbout(...args: Parameters<GraphStore['saidAbout']>) {
    return this.explorer.saidAbout(...args);
  }
  agencyNetwork(limit: number) {
    return this.explorer.agencyNetwork(limit);
  }
}
