import type { EntityType } from '../model/graph-model.ts';
import type { Extraction } from '../model/extraction.ts';
import type { Correction, CorrectionAuthor, CorrectionRequest, ListedCorrection } from '../model/corrections.ts';
import type { ErrorBody } from '../contract/errors.ts';
import type { DocumentView } from '../contract/documents.ts';
import type { EntityDetail, EntitySummary } from '../contract/entities.ts';
import type { Backend, GraphCounts } from '../contract/health.ts';
import type { GraphElements } from '../contract/graph.ts';
import type { QueryResult } from '../contract/cypher.ts';
import type { QuoteFilters, QuotePage, QuoteView } from '../contract/quotes.ts';
import type { SaidAboutCell, SaidAboutFilters } from '../contract/said-about.ts';
import type { Timeline, TimelineQuery } from '../contract/timeline.ts';

// The read views are the API's answers, defined once in the contract; named here too because they are the
// port's vocabulary, for the store's modules and for export/ and ingest/, which do not import the contract.
export { BACKENDS, type Backend, type GraphCounts } from '../contract/health.ts';
export type { DocumentView } from '../contract/documents.ts';
export type { EntityDetail, EntitySummary } from '../contract/entities.ts';
export type { GraphEdge, GraphElements, GraphNode } from '../contract/graph.ts';
export type { QueryResult } from '../contract/cypher.ts';
export type { QuoteFilters, QuotePage, QuoteView } from '../contract/quotes.ts';
export type { SaidAboutCell, SaidAboutFilters } from '../contract/said-about.ts';
export type { Timeline, TimelineQuery } from '../contract/timeline.ts';

export interface DocumentMeta {
  /** File path or upload name the text came from. */
  source: string;
  /** ISO timestamp of the ingest. */
  ingestedAt: string;
  /** The article text as read, kept so the explorer can show evidence in context. */
  text: string;
}

/** A stored document and the source it was ingested from (a file's path from where it was read, an upload's name). */
export interface DocumentSource {
  id: string;
  source: string;
}

/** What writing one article did: a new document, nothing (already stored), or a new text of a stored source. */
export type WriteOutcome = { status: 'written' } | { status: 'unchanged' } | { status: 'replaced'; previous: string[] };

/** The documents an undo derives again: their ids, removed, and their articles extracted anew, written in their place. */
export interface RederivedDocuments {
  documents: string[];
  items: { extraction: Extraction; meta: DocumentMeta }[];
}

/** One article's result in a batch write: a failed one carries the reason and wrote nothing. */
export type BatchWriteOutcome = WriteOutcome | { status: 'failed'; error: Error };

export interface ReadQueryOptions {
  params?: Record<string, unknown>;
  /** Most rows to return; the answer says when it cut. */
  rowLimit?: number;
  timeoutMs?: number;
}

/** Which of an entity's neighbours `getNeighborhood` reads. */
export interface NeighborhoodOptions {
  limit?: number;
  /** 1: direct neighbours; 2: their neighbours too. */
  depth?: 1 | 2;
  /** Only neighbours of these entity types. */
  types?: EntityType[];
  /** Only edges of these relationship types. */
  relations?: string[];
}

/**
 * The port every graph backend implements. Routes and the ingest CLI see only this.
 * Writes are per article and all-or-nothing; reads never change the graph.
 */
export interface GraphStore {
  readonly backend: Backend;
  /** Creates tables, constraints and indexes if missing. Safe to call twice. */
  init(): Promise<void>;
  /**
   * Writes one article's extraction in one transaction, or nothing if it is already there; a new text
   * for a source already stored replaces that document. Throws if the write fails: nothing is kept.
   */
  writeExtraction(extraction: Extraction, meta: DocumentMeta): Promise<WriteOutcome>;
  /**
   * Writes several articles, batched into few transactions for speed. A batch that fails is retried
   * article by article, so one bad article fails alone and the others are written.
   */
  writeExtractions(items: { extraction: Extraction; meta: DocumentMeta }[]): Promise<BatchWriteOutcome[]>;
  /**
   * Removes a document with its quotes and evidence, and entities no other document mentions, and replays
   * the corrections over what is left, in one transaction. False if unknown.
   */
  deleteDocument(documentId: string): Promise<boolean>;
  hasDocument(documentId: string): Promise<boolean>;
  /**
   * The documents ingested as exactly this source; if none, those whose source has its file name
   * (`flood.txt` finds `news/2024/flood.txt`), which may be several. Ordered by source.
   */
  findDocumentsBySource(source: string): Promise<DocumentSource[]>;
  /** How many documents the store holds, or only those whose source starts with `sourcePrefix`. */
  countDocuments(sourcePrefix?: string): Promise<number>;
  counts(): Promise<GraphCounts>;
  searchEntities(query: string, options?: { type?: EntityType; limit?: number }): Promise<EntitySummary[]>;
  getEntity(id: string): Promise<EntityDetail | null>;
  /** The entity, its direct neighbours and the edges between them; null if the id is unknown. */
  getNeighborhood(id: string, options?: NeighborhoodOptions): Promise<GraphElements | null>;
  /** The most-mentioned entities and the edges among them: the explorer's first view. */
  overview(limit: number): Promise<GraphElements>;
  quotesBySpeaker(entityId: string, options?: { limit?: number }): Promise<QuoteView[]>;
  quotesAbout(entityId: string, options?: { limit?: number }): Promise<QuoteView[]>;
  /** Quotes matching every filter given, newest documents first, a page at a time. */
  findQuotes(filters: QuoteFilters): Promise<QuotePage>;
  getDocument(documentId: string): Promise<DocumentView | null>;
  /** Speaker → subject quote counts, largest first, optionally for some speakers and/or subjects. */
  saidAbout(filters: SaidAboutFilters): Promise<SaidAboutCell[]>;
  /** Agencies and organizations with the relations among them. */
  agencyNetwork(limit: number): Promise<GraphElements>;
  /** Quotes, reported statements and events per day or week of their articles, for the archive or one entity. */
  timeline(query: TimelineQuery): Promise<Timeline>;
  /**
   * Checks a user's query without running it, with the same parse `runReadQuery` uses: null when it
   * would run, else the error it would get (syntax, a write, a form this backend cannot run).
   */
  checkReadQuery(query: string): ErrorBody | null;
  /** Runs a user's Cypher query with no way to write. Throws a ReadOnlyViolation for a write. */
  runReadQuery(query: string, options?: ReadQueryOptions): Promise<QueryResult>;
  /**
   * Records a correction made by hand and applies it, in one transaction. Throws a NotFoundError naming
   * the request's field when an id it names is not in the graph; nothing is then recorded or changed.
   */
  addCorrection(request: CorrectionRequest, author: CorrectionAuthor): Promise<Correction>;
  /** The corrections log, newest first, each marked stale when what it keeps is gone from the graph. */
  listCorrections(): Promise<ListedCorrection[]>;
  /**
   * Undoes a correction in one transaction: marks it undone, replaces the documents it touched with
   * their extractions made again (ingest/corrections.ts makes them) and replays the corrections still
   * in force. Null if the id is unknown; nothing then changes.
   */
  undoCorrection(id: string, rederived?: RederivedDocuments, now?: () => Date): Promise<Correction | null>;
  /**
   * Records corrections exported from a store (`npm run corrections -- export`) as they were, applying
   * those in force; those whose id the log holds are skipped. Returns how many were new.
   */
  importCorrections(corrections: readonly Correction[]): Promise<number>;
  /** Applies every correction in force, each in its own transaction; writes of articles do this themselves. */
  applyCorrections(): Promise<void>;
  close(): Promise<void>;
}
