import type { EdgeType, EntityType, NodeLabel } from './graph-model.ts';

/** The rows the stores write: one interface per node table, one for edges, grouped for batched writes. */

export interface EntityRow {
  id: string;
  name: string;
  /** Every surface form, the name included, so the list is never empty. */
  aliases: string[];
  kind: string | null;
  mentions: number;
  /** Lower-cased name and aliases, one per line: what search matches against. */
  searchText: string;
  eventType: string | null;
  date: string | null;
}

export interface DocumentRow {
  id: string;
  title: string;
  date: string | null;
  source: string;
  ingestedAt: string;
  text: string;
}

export interface QuoteRow {
  id: string;
  text: string;
  /** The sentence or two around the quote, for showing it in context. */
  context: string;
  startOffset: number;
  endOffset: number;
  via: string | null;
  /** "direct" words in quotation marks, or "indirect" reported speech. */
  kind: 'direct' | 'indirect';
  /** Which cue decided the speaker ("clause-after", "none", "correction"); null when the extraction did not say. */
  rule: string | null;
  /** How often that cue names the right speaker, 0–1; null when the extraction did not say. */
  confidence: number | null;
  document: string;
}

export interface EdgeRow {
  from: string;
  to: string;
  /** Evidence: the document and span the edge was read from; null on summary edges. */
  document: string | null;
  startOffset: number | null;
  endOffset: number | null;
  role: string | null;
  /** On relations: the extraction rule that read it and how often that rule is right (0–1). */
  rule: string | null;
  confidence: number | null;
  via: string | null;
  count: number | null;
  /** On SAID_ABOUT: how many of `count` are quotes in quotation marks, and how many reported statements. */
  direct?: number | null;
  indirect?: number | null;
  /** On MENTIONS: the mention spans in the document, flattened as start, end, start, end… */
  spans: number[] | null;
}

/** Edges of one type between two labels: one batched statement each. */
export interface EdgeBatch {
  type: EdgeType;
  fromLabel: NodeLabel;
  toLabel: NodeLabel;
  rows: EdgeRow[];
}

/** Everything one or more articles add to the graph, grouped for batched writes. */
export interface GraphWrite {
  documents: DocumentRow[];
  entities: Record<EntityType, EntityRow[]>;
  quotes: QuoteRow[];
  edges: EdgeBatch[];
}

/** A quote's id: stable for the same quote of the same document. */
export function toQuoteId(documentId: string, start: number): string {
  return `quote:${documentId.slice(0, 16)}-${start}`;
}

/** The text search matches: accents folded, lower case, one form per line. */
export function toSearchText(forms: string[]): string {
  return forms.map(foldForSearch).join('\n');
}

/** Lower case without accents, the form both the stored search text and queries use. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

