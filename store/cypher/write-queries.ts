import { z } from 'zod';
import type { EntityType } from '../../model/graph-model.ts';
import type { EdgeBatch, GraphWrite, QuoteRow } from '../../model/graph-rows.ts';
import type { NodeLabel } from '../../model/graph-model.ts';
import { toSearchText } from '../../model/graph-rows.ts';
import { isAllowedEdge, quoteName } from '../../model/graph-model.ts';
import { toRowDecoder } from './row-decoder.ts';

/** One parameterised statement; labels and types come from the model's fixed lists, never from input. */
export interface Statement {
  query: string;
  params: Record<string, unknown>;
}

/**
 * The statements that write articles new to the graph, in order; both backends run these unchanged.
 * Documents, quotes and every edge read from text belong to one new document, so they are created
 * outright (MERGE would look for each among the edges already there); entities, which articles share,
 * and the summed SAID_ABOUT edges are merged. The caller has left out documents already stored.
 */
export function toWriteStatements(write: GraphWrite, existingAliases: Map<string, string[]>): Statement[] {
  const statements: Statement[] = [
    {
      query:
        'UNWIND $rows AS r CREATE (d:Document {id: r.id, title: r.title, date: r.date, source: r.source, ' +
        'ingestedAt: r.ingestedAt, text: r.text})',
      params: { rows: write.documents },
    },
  ];
  for (const [label, rows] of Object.entries(write.entities) as [EntityType, GraphWrite['entities'][EntityType]][]) {
    if (rows.length === 0) continue;
    const merged = rows.map((row) => {
      const aliases = [...new Set([...(existingAliases.get(row.id) ?? []), ...row.aliases])];
      return { ...row, aliases, searchText: toSearchText(aliases) };
    });
    statements.push({
      query:
        `UNWIND $rows AS r MERGE (n:${label} {id: r.id}) ` +
        'ON CREATE SET n.name = r.name, n.kind = r.kind, n.mentions = r.mentions, n.eventType = r.eventType, n.date = r.date ' +
        'ON MATCH SET n.mentions = n.mentions + r.mentions ' +
        'SET n.aliases = r.aliases, n.searchText = r.searchText',
      params: { rows: merged },
    });
  }
  statements.push(...toQuoteStatements(write));
  for (const batch of write.edges) {
    if (batch.rows.length === 0 || batch.type === 'IN' || batch.type === 'SAID') continue; // written with their quotes
    if (!isAllowedEdge(batch.type, batch.fromLabel, batch.toLabel)) continue;
    for (const rows of splitWholeConfidences(batch.rows)) statements.push({ query: toEdgeQuery({ ...batch, rows }), params: { rows } });
  }
  return statements;
}

// The embedded store types a list parameter's field from its first value: a whole-number confidence (1)
// beside fractions makes the rows unreadable or their values garbled, so whole numbers go in a statement of their own.
const hasWholeConfidence = (row: { confidence: number | null }): boolean => row.confidence !== null && Number.isInteger(row.confidence);

/** The rows in one list, or two when some carry a whole-number confidence and others a fraction. */
function splitWholeConfidences<Row extends { confidence: number | null }>(rows: Row[]): Row[][] {
  const whole = rows.filter(hasWholeConfidence);
  const rest = rows.filter((row) => !hasWholeConfidence(row));
  return [whole, rest].filter((part) => part.length > 0);
}

const QUOTE_PROPERTIES =
  'id: r.id, text: r.text, context: r.context, startOffset: r.startOffset, endOffset: r.endOffset, via: r.via, kind: r.kind, document: r.document, ' +
  'documentTitle: d.title, documentDate: d.date';
const QUOTE_EVIDENCE = 'document: r.document, startOffset: r.startOffset, endOffset: r.endOffset';

/**
 * Quotes with their IN edge and their speaker's SAID edge, one statement per speaker label: created in
 * the pattern that creates them, a new quote is never looked up by id (the embedded store answers such
 * a lookup from UNWIND rows by scanning every quote, which grows with the archive).
 */
function toQuoteStatements(write: GraphWrite): Statement[] {
  const speakers = new Map<string, { id: string; label: NodeLabel }>();
  for (const batch of write.edges) {
    if (batch.type !== 'SAID' || !isAllowedEdge('SAID', batch.fromLabel, 'Quote')) continue;
    for (const row of batch.rows) speakers.set(row.to, { id: row.from, label: batch.fromLabel });
  }
  const groups = new Map<string, { label: NodeLabel | null; rows: (QuoteRow & { speaker: string | null })[] }>();
  for (const quote of write.quotes) {
    const speaker = speakers.get(quote.id);
    const label = speaker?.label ?? null;
    const key = `${label}\u0000${hasWholeConfidence(quote)}`;
    const group = groups.get(key) ?? { label, rows: [] };
    group.rows.push({ ...quote, speaker: speaker?.id ?? null });
    groups.set(key, group);
  }
  const inDocument = `-[:${quoteName('IN')} {${QUOTE_EVIDENCE}}]->(d)`;
  return [...groups.values()].map(({ label, rows }) => {
    const quote = `(q:Quote {${QUOTE_PROPERTIES}${toAttributionProperties(rows)}})`;
    return {
      query: label
        ? `UNWIND $rows AS r MATCH (d:Document {id: r.document}), (s:${label} {id: r.speaker}) ` +
          `CREATE (s)-[:SAID {${QUOTE_EVIDENCE}, via: r.via}]->${quote}${inDocument}`
        : `UNWIND $rows AS r MATCH (d:Document {id: r.document}) CREATE ${quote}${inDocument}`,
      params: { rows },
    };
  });
}

/** The rule and confidence of the quotes' attributions, left out when no row has them. */
function toAttributionProperties(rows: readonly QuoteRow[]): string {
  // quotes read by an earlier extractor carry neither; a column set from all-null rows would be mistyped
  const rule = rows.some((row) => row.rule !== null) ? ', rule: r.rule' : '';
  const confidence = rows.some((row) => row.confidence !== null) ? ', confidence: r.confidence' : '';
  return rule + confidence;
}

/** Summary edges add up across documents; the others belong to one new document, one per pair and span. */
function toEdgeQuery(batch: EdgeBatch): string {
  const match = `UNWIND $rows AS r MATCH (a:${batch.fromLabel} {id: r.from}), (b:${batch.toLabel} {id: r.to}) `;
  const type = quoteName(batch.type);
  if (batch.type === 'SAID_ABOUT') {
    return (
      match +
      `MERGE (a)-[e:${type}]->(b) ON CREATE SET e.count = r.count, e.direct = r.direct, e.indirect = r.indirect ` +
      'ON MATCH SET e.count = e.count + r.count, e.direct = e.direct + r.direct, e.indirect = e.indirect + r.indirect'
    );
  }
  if (batch.type === 'MENTIONS') {
    // A list column set from rows that are all null reads as STRING on the embedded store: leave it unset.
    const spans = batch.rows.some((row) => row.spans !== null) ? ', spans: r.spans' : '';
    return match + `CREATE (a)-[e:${type} {count: r.count${spans}}]->(b)`;
  }
  const props = ['document: r.document', 'startOffset: r.startOffset', 'endOffset: r.endOffset'];
  if (batch.type === 'SAID') props.push('via: r.via');
  if (batch.rows.some((row) => row.role !== null)) props.push('role: r.role');
  // Relations read by an earlier extractor carry neither; a column set from all-null rows would be mistyped.
  if (batch.rows.some((row) => row.rule !== null)) props.push('rule: r.rule');
  if (batch.rows.some((row) => row.confidence !== null)) props.push('confidence: r.confidence');
  return match + `CREATE (a)-[e:${type} {${props.join(', ')}}]->(b)`;
}

/** Reads the aliases already stored for some ids of one label, to merge new ones into. */
export function toExistingAliasesQuery(label: EntityType): string {
  return `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN n.id AS id, n.aliases AS aliases`;
}
export const decodeExistingAliases = toRowDecoder('existingAliases', { id: z.string(), aliases: z.array(z.string()).nullable() });

/** Which of some document ids are stored already. */
export const DOCUMENTS_BY_ID = 'UNWIND $ids AS documentId MATCH (d:Document {id: documentId}) RETURN d.id AS id';
export const decodeDocumentsById = toRowDecoder('documentsById', { id: z.string() });

/** The stored documents read from some sources: a new text of one of them replaces it. */
export const DOCUMENTS_BY_SOURCE = 'MATCH (d:Document) WHERE d.source IN $sources RETURN d.id AS id, d.source AS source';
export const decodeDocumentsBySource = toRowDecoder('documentsBySource', { id: z.string(), source: z.string() });

/** The alias index: entities of one label whose names contain any of some probes. */
export function toAliasLookupQuery(label: EntityType, probes: 'whole' | 'prefix' = 'whole'): string {
  // The most mentioned first, so a cut list keeps the candidates a name most likely means.
  return (
    `UNWIND $probes AS probe MATCH (n:${label}) WHERE n.searchText CONTAINS probe ` +
    'WITH DISTINCT n RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.mentions AS mentions ' +
    `ORDER BY mentions DESC LIMIT ${probes === 'whole' ? 5000 : 500}`
  );
}
export const decodeAliasLookup = toRowDecoder('aliasLookup', {
  id: z.string(), name: z.string(), aliases: z.array(z.string()).nullable(), mentions: z.number().nullable(),
});

/** Gives quotes stored before the model copied their document's title and date onto them those two. */
/** Quotes stored before reported speech was read are all in quotation marks. */
export const BACKFILL_QUOTE_KINDS = "MATCH (q:Quote) WHERE q.kind IS NULL SET q.kind = 'direct'";

/** Speaker-to-subject counts stored before they said how many of each kind: counted from their quotes. */
export const BACKFILL_SAID_ABOUT_KINDS =
  'MATCH (s)-[r:SAID_ABOUT]->(a) WHERE r.direct IS NULL OR r.indirect IS NULL ' +
  "OPTIONAL MATCH (s)-[:SAID]->(q:Quote)-[:ABOUT]->(a) WHERE q.kind = 'indirect' " +
  'WITH r, count(q) AS reported SET r.indirect = reported, r.direct = r.count - reported';

export const BACKFILL_QUOTE_DOCUMENTS =
  'MATCH (q:Quote)-[:`IN`]->(d:Document) WHERE q.documentTitle IS NULL AND d.title IS NOT NULL ' +
  'SET q.documentTitle = d.title, q.documentDate = d.date';
