import type { Extraction } from '../model/extraction.ts';
import type { ReadQueries } from './cypher/read-queries.ts';
import { createDocumentReads } from './document-reads.ts';
import { createExplorerReads } from './explorer-reads.ts';
import { createTimelineReads } from './timeline-reads.ts';
import { createGraphReads, type Row, type RunRead } from './graph-reads.ts';
import type { Correction, CorrectionAuthor, CorrectionRequest } from '../model/corrections.ts';
import { applyCorrection, toRedirects } from './corrections/apply-correction.ts';
import { addCorrection, importCorrection, listCorrections, markUndone, readCorrections, replayCorrections } from './corrections/correction-log.ts';
import type { BatchWriteOutcome, DocumentMeta, GraphStore, QuoteFilters, RederivedDocuments, TimelineQuery, WriteOutcome } from './graph-store.ts';
import { planWrites, writeInBatches, type WriteItem } from './plan-writes.ts';
import { documentExists, removeDocuments } from './remove-documents.ts';

/**
 * What every adapter does the same way, written once: the reads over the adapter's own way of running
 * a query, and writes queued one at a time and batched. An adapter extends this and supplies
 * `runRead`, `writeBatch` (one transaction) and the queries in its dialect.
 */
export abstract class SharedGraphStore {
  private readonly reads;
  private readonly explorer;
  private readonly timelines;
  private readonly documents;
  /** Writes wait their turn: one write transaction at a time, so two articles naming one entity cannot both read its old aliases. */
  private writeQueue: Promise<unknown> = Promise.resolve();

  protected constructor(queries: ReadQueries) {
    const run = (query: string, params?: Record<string, unknown>) => this.runRead(query, params);
    this.reads = createGraphReads(run, queries);
    this.explorer = createExplorerReads(run, queries, this.reads.edgesAmong);
    this.timelines = createTimelineReads(run, queries);
    this.documents = createDocumentReads(run, queries);
  }

  /** Runs one of the app's read queries and returns plain rows. */
  protected abstract runRead(query: string, params?: Record<string, unknown>): Promise<Row[]>;

  /** Writes some articles in one transaction, all or nothing, with one outcome each. */
  protected abstract writeBatch(items: WriteItem[]): Promise<WriteOutcome[]>;

  /** Runs `work` in one write transaction: everything it ran is kept, or nothing if it throws. */
  protected abstract inWriteTransaction<T>(work: (run: RunRead) => Promise<T>): Promise<T>;

  async writeExtraction(extraction: Extraction, meta: DocumentMeta): Promise<WriteOutcome> {
    const [outcome] = await this.writeExtractions([{ extraction, meta }]);
    if (!outcome || outcome.status === 'failed') throw outcome?.error ?? new Error('nothing was written');
    return outcome;
  }

  writeExtractions(items: WriteItem[]): Promise<BatchWriteOutcome[]> {
    return this.queueWrite(async () => {
      const outcomes = await writeInBatches(items, (part) => this.writeBatch(part));
      // every ingest path writes through here: the corrections hold for the articles just written
      if (outcomes.some((outcome) => outcome.status === 'written' || outcome.status === 'replaced')) await this.replayCorrections();
      return outcomes;
    });
  }

  addCorrection(request: CorrectionRequest, author: CorrectionAuthor) {
    return this.queueWrite(() => this.inWriteTransaction((run) => addCorrection(run, request, author)));
  }

  listCorrections() {
    return listCorrections((query, params) => this.runRead(query, params));
  }

  /**
   * One transaction: the mark, the documents' removal, their new extractions' writes and the replay of
   * the corrections still in force. A process killed half-way leaves the graph as it was before.
   */
  undoCorrection(id: string, rederived: RederivedDocuments = { documents: [], items: [] }, now: () => Date = () => new Date()) {
    return this.queueWrite(() =>
      this.inWriteTransaction(async (run) => {
        const undone = await markUndone(run, id, now());
        if (!undone) return null;
        await removeDocuments(run, rederived.documents);
        const plan = await planWrites(rederived.items, run);
        for (const statement of plan.statements) await run(statement.query, statement.params);
        await replayCorrections(run);
        return undone;
      }),
    );
  }

  /** The removal and the replay of the corrections over what is left share one transaction. */
  deleteDocument(documentId: string): Promise<boolean> {
    return this.queueWrite(() =>
      this.inWriteTransaction(async (run) => {
        if (!(await documentExists(run, documentId))) return false;
        await removeDocuments(run, [documentId]);
        // a correction whose entity went with the document stays in the log, stale, until an article brings it back
        await replayCorrections(run);
        return true;
      }),
    );
  }

  /** Each correction in a transaction of its own, so an import stopped half-way keeps whole corrections only. */
  importCorrections(corrections: readonly Correction[]): Promise<number> {
    return this.queueWrite(async () => {
      let imported = 0;
      // oldest first, as they were made: a later one may rest on an earlier one (a retype of a merge's target)
      for (const correction of [...corrections].sort((a, b) => a.time.localeCompare(b.time) || a.id.localeCompare(b.id))) {
        if (await this.inWriteTransaction((run) => importCorrection(run, correction))) imported++;
      }
      return imported;
    });
  }

  applyCorrections(): Promise<void> {
    return this.queueWrite(() => this.replayCorrections());
  }

  /** Applies every correction still in force, oldest first, each in a transaction of its own. */
  private async replayCorrections(): Promise<void> {
    const corrections = (await readCorrections((query, params) => this.runRead(query, params))).filter((each) => !each.undone).reverse();
    for (const correction of corrections) await this.inWriteTransaction((run) => applyCorrection(run, correction));
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
  async getEntity(id: string) {
    const entity = await this.reads.getEntity(id);
    if (entity) return entity;
    const target = await this.redirectOf(id);
    return target ? this.reads.getEntity(target) : null;
  }
  async getNeighborhood(...[id, options]: Parameters<GraphStore['getNeighborhood']>) {
    const graph = await this.reads.getNeighborhood(id, options);
    if (graph) return graph;
    const target = await this.redirectOf(id);
    return target ? this.reads.getNeighborhood(target, options) : null;
  }

  /** Where a merged-away or retyped id lives now, by the corrections in force; null if none moved it. */
  private async redirectOf(id: string): Promise<string | null> {
    const moves = toRedirects(await readCorrections((query, params) => this.runRead(query, params)));
    let current = id;
    // a chain of corrections (merged, then retyped) is followed; a cycle, which undo can leave, is not
    for (let hop = 0; hop < 10 && moves.has(current); hop++) current = moves.get(current)!;
    return current === id ? null : current;
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
  timeline(query: TimelineQuery) {
    return this.timelines.timeline(query);
  }
}
