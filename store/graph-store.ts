import type { EntityType } from '../model/graph-model.ts';
import type { Extraction } from '../model/extraction.ts';
import type { DocumentRow } from '../model/graph-rows.ts';

/** The backends a GraphStore can run on. */
export const BACKENDS = ['embedded', 'neo4j'] as const;
export type Backend = (typeof BACKENDS)[number];

/** A node as the API and the explorer see it, whatever the backend. */
export interface GraphNode {
  id: string;
  /** The node label: an entity type, or Document / Quote. */
  label: string;
  name: string;
  properties: Record<string, unknown>;
}

/** A relationship as the API and the explorer see it, whatever the backend. */
export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export interface GraphElements {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface GraphCounts {
  documents: number;
  entities: Record<EntityType, number>;
  quotes: number;
  relations: number;
}

export interface EntitySummary {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: number;
}

export interface EntityDetail extends EntitySummary {
  kind: string | null;
  roles: { role: string | null; organization: EntitySummary }[];
  documents: { id: string; title: string; date: string | null }[];
  quotesSaid: number;
  quotesAbout: number;
}

export interface QuoteView {
  id: string;
  text: string;
  /** The sentence around the quote, as the article has it. */
  context: string;
  start: number;
  end: number;
  via: string | null;
  speaker: EntitySummary | null;
  about: EntitySummary[];
  document: { id: string; title: string; date: string | null };
}

/** Filters of a quote page; every one given must hold. */
export interface QuoteQuery {
  speaker?: string;
  about?: string;
  document?: string;
  /** Words the quote contains, case ignored. */
  text?: string;
  /** Where the page starts: the `nextCursor` of the previous page. */
  cursor?: number;
  limit: number;
}

export interface QuotePage {
  quotes: QuoteView[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: number | null;
}

/** A document's text with the spans of what was found in it, for highlighting. */
export interface DocumentView extends DocumentRow {
  mentions: { entityId: string; type: EntityType; name: string; start: number; end: number }[];
  quotes: { id: string; start: number; end: number; via: string | null; speaker: { id: string; name: string } | null }[];
  relations: { type: string; source: string; target: string; role: string | null; start: number; end: number }[];
}

/** One cell of the who-said-what-about-whom matrix. */
export interface SaidAboutCell {
  speaker: { id: string; name: string; type: EntityType };
  subject: { id: string; name: string; type: EntityType };
  count: number;
}

export interface DocumentMeta {
  /** File path or upload name the text came from. */
  source: string;
  /** ISO timestamp of the ingest. */
  ingestedAt: string;
  /** The article text as read, kept so the explorer can show evidence in context. */
  text: string;
}

/** What writing one article did: a new document, nothing (already stored), or a new text of a stored source. */
export type WriteOutcome = { status: 'written' } | { status: 'unchanged' } | { status: 'replaced'; previous: string[] };

/** One article's result in a batch write: a failed one carries the reason and wrote nothing. */
export type BatchWriteOutcome = WriteOutcome | { status: 'failed'; error: Error };

export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
  /** Nodes and relationships found anywhere in the rows, for drawing. */
  graph: GraphElements;
  /** True when the row limit cut the answer. */
  truncated: boolean;
}

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
  /** Removes a document with its quotes and evidence, and entities no other document mentions. False if unknown. */
  deleteDocument(documentId: string): Promise<boolean>;
  hasDocument(documentId: string): Promise<boolean>;
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
  findQuotes(query: QuoteQuery): Promise<QuotePage>;
  getDocument(documentId: string): Promise<DocumentView | null>;
  /** Speaker → subject quote counts, largest first, optionally for some speakers and/or subjects. */
  saidAbout(filter: { speakers?: string[]; subjects?: string[]; limit: number }): Promise<SaidAboutCell[]>;
  /** Agencies and organizations with the relations among them. */
  agencyNetwork(limit: number): Promise<GraphElements>;
  /**
   * Checks a user's query without running it, with the same parse `runReadQuery` uses: null when it
   * would run, else the error it would get (syntax, a write, a form this backend cannot run).
   */
  checkReadQuery(query: string): { code: string; message: string } | null;
  /** Runs a user's Cypher query with no way to write. Throws a ReadOnlyViolation for a write. */
  runReadQuery(query: string, options?: ReadQueryOptions): Promise<QueryResult>;
  close(): Promise<void>;
}
