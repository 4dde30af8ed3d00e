import type { Extraction } from '../model/extraction.ts';
import type { ReadQueries } from './cypher/read-queries.ts';
import { createDocumentReads } from './document-reads.ts';
import { createExplorerReads } from './explorer-reads.ts';
import { createGraphReads, type Row } from './graph-reads.ts';
import type { BatchWriteOutcome, DocumentMeta, GraphStore, QuoteFilters, WriteOutcome } from './graph-store.ts';
import { writeInBatches, type WriteItem } from './plan-writes.ts';

/**
 * What every adapter does the same way, written once: the reads over the adapter's own way of running
 * a query, and writes queued one at a time and batched. An adapter extends this and supplies
 * `runRead`, `writeBatch` (one transaction) and the queries in its dialect.
 */
export abstract class SharedGraphStore {
  private readonly reads;
  private readonly explorer;
  private readonly documents;
  /** Writes wait their turn: one write transaction at a time, so two articles naming one entity cannot both read its old aliases. */
  private writeQueue: Promise<unknown> = Promise.resolve();

  protected constructor(queries: ReadQueries) {
    const run = (query: string, params?: Record<string, unknown>) => this.runRead(query, params);
    this.reads = createGraphReads(run, queries);
    this.explorer = createExplorerReads(run, queries, this.reads.edgesAmong);
    this.documents = createDocumentReads(run, queries);
  }

  /** Runs one of the app's read queries and returns plain rows. */
  protected abstract runRead(query: string, params?: Record<string, unknown>): Promise<Row[]>;

  /** Writes some articles in one transaction, all or nothing, with one outcome each. */
  protected abstract writeBatch(items: WriteItem[]): Promise<WriteOutcome[]>;

  async writeExtraction(extraction: Extraction, meta: DocumentMeta): Promise<WriteOutcome> {
    const [outcome] = await this.writeExtractions([{ extraction, meta }]);
    if (!outcome || outcome.status === 'failed') throw outcome?.error ?? new Error('nothing was written');
    return outcome;
  }

  writeExtractions(items: WriteItem[]): Promise<BatchWriteOutcome[]> {
    return this.queueWrite(() => writeInBatches(items, (part) => this.writeBatch(part)));
  }

  protected queueWrite<T>(task: () => Promise<T>): Promise<T> {
    const next = this.writeQueue.then(task);
    this.writeQueue = next.catch(() => undefined);
    return next;
  }

  /** Resolves once every queued write has finished: adapters wait for it before closing. */
  protected writesSettled(): Promise<unknown> {
    return this.writeQueue;
  }

  counts() {
    return this.reads.counts();
  }
  findDocumentsBySource(source: string) {
    return this.documents.findDocumentsBySource(source);
  }
  countDocuments(sourcePrefix?: string) {
    return this.documents.countDocuments(sourcePrefix);
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
  findQuotes(filters: QuoteFilters) {
    return this.explorer.findQuotes(filters);
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
