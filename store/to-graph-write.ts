import { ENTITY_TYPES, type EdgeType, type EntityType, type NodeLabel, type RelationType } from '../model/graph-model.ts';
import type { Extraction } from '../model/extraction.ts';
import { foldForSearch, toQuoteId, toSearchText, type DocumentRow, type EdgeBatch, type EdgeRow, type EntityRow, type GraphWrite, type QuoteRow } from '../model/graph-rows.ts';

/** Converts one article's extraction to the rows the graph store writes. */
export function toGraphWrite(extraction: Extraction, meta: { source: string; ingestedAt: string; text: string }): GraphWrite {
  const documentId = extraction.document.id;
  const typeById = new Map(extraction.entities.map((entity) => [entity.id, entity.type]));
  const entities = emptyEntityRows();
  for (const entity of extraction.entities) {
    const aliases = unique([entity.name, ...entity.aliases]);
    entities[entity.type].push({
      id: entity.id,
      name: entity.name,
      aliases,
      kind: entity.kind ?? null,
      mentions: Math.max(entity.mentions.length, 1),
      searchText: toSearchText(aliases),
      eventType: null,
      date: null,
    });
  }
  for (const event of extraction.events) {
    if (typeById.has(event.id)) continue;
    typeById.set(event.id, 'Event');
    entities.Event.push({
      id: event.id,
      name: event.name,
      aliases: [event.name],
      kind: null,
      mentions: 1,
      searchText: toSearchText([event.name]),
      eventType: event.type,
      date: event.date,
    });
  }
  const edges = new EdgeCollector(typeById);
  const document: DocumentRow = {
    id: documentId,
    title: extraction.document.title,
    date: extraction.document.date,
    source: meta.source,
    ingestedAt: meta.ingestedAt,
    text: meta.text,
  };
  // two names resolution joined to one entity share its spans
  const spansById = new Map<string, number[]>();
  for (const entity of extraction.entities) {
    spansById.set(entity.id, [...(spansById.get(entity.id) ?? []), ...entity.mentions.flatMap((span) => [span.start, span.end])]);
  }
  for (const event of extraction.events) {
    if (!spansById.get(event.id)?.length) spansById.set(event.id, [event.evidence.start, event.evidence.end]);
  }
  for (const type of ENTITY_TYPES) {
    for (const row of entities[type]) {
      const spans = spansById.get(row.id);
      // an empty list parameter trips the embedded store: no spans is null
      edges.add('MENTIONS', documentId, row.id, { count: row.mentions, spans: spans?.length ? spans : null }, 'Document');
      spansById.delete(row.id);
    }
  }
  const quotes: QuoteRow[] = [];
  const saidAbout = new Map<string, { count: number; direct: number; indirect: number }>();
  for (const quote of extraction.quotes) {
    const id = toQuoteId(documentId, quote.start);
    const context = toQuoteContext(meta.text, quote.start, quote.end);
    quotes.push({ id, text: quote.text, context, startOffset: quote.start, endOffset: quote.end, via: quote.via, kind: quote.kind ?? 'direct',
      rule: quote.rule ?? null, confidence: quote.confidence ?? null, document: documentId });
    const evidence = { document: documentId, startOffset: quote.start, endOffset: quote.end };
    edges.addToFixed('IN', id, 'Quote', documentId, 'Document', evidence);
    if (quote.speaker) edges.addToFixed('SAID', quote.speaker, null, id, 'Quote', { ...evidence, via: quote.via });
    for (const about of unique(quote.about)) {
      edges.addToFixed('ABOUT', id, 'Quote', about, null, evidence);
      if (quote.speaker && quote.speaker !== about) {
        const key = `${quote.speaker}\u0000${about}`;
        const counts = saidAbout.get(key) ?? { count: 0, direct: 0, indirect: 0 };
        counts.count += 1;
        if (quote.kind === 'indirect') counts.indirect += 1;
        else counts.direct += 1;
        saidAbout.set(key, counts);
      }
    }
  }
  for (const [key, counts] of saidAbout) {
    const [speaker = '', about = ''] = key.split('\u0000');
    edges.add('SAID_ABOUT', speaker, about, counts);
  }
  for (const relation of extraction.relations) {
    edges.add(relation.predicate satisfies RelationType, relation.subject, relation.object, {
      document: documentId,
      startOffset: relation.evidence.start,
      endOffset: relation.evidence.end,
      role: relation.role ?? null,
      rule: relation.rule ?? null,
      confidence: relation.confidence ?? null,
    });
  }
  for (const event of extraction.events) {
    const evidence = { document: documentId, startOffset: event.evidence.start, endOffset: event.evidence.end };
    for (const place of unique(event.places)) edges.add('OCCURRED_IN', event.id, place, evidence);
    for (const participant of unique(event.participants)) edges.add('INVOLVES', event.id, participant, evidence);
  }
  return { documents: [document], entities, quotes, edges: edges.batches() };
}

/** The text from the sentence start before a quote to the sentence end after it, at most ~250 characters each way. */
export function toQuoteContext(text: string, start: number, end: number): string {
  const reach = 250;
  const before = text.slice(Math.max(0, start - reach), start);
  const after = text.slice(end, end + reach);
  const sentenceStart = Math.max(before.lastIndexOf('\n'), ...['. ', '? ', '! '].map((mark) => before.lastIndexOf(mark) + 1));
  const from = start - before.length + (sentenceStart > 0 ? sentenceStart : 0);
  const stop = after.search(/[.?!](\s|$)|\n/);
  const to = stop === -1 ? end + after.length : end + stop + 1;
  return text.slice(from, to).trim();
}

function emptyEntityRows(): Record<EntityType, EntityRow[]> {
  return { Person: [], Agency: [], Organization: [], Place: [], Event: [] };
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** Groups edges by type and end labels; drops an edge whose end the article does not define. */
class EdgeCollector {
  private readonly byKey = new Map<string, EdgeBatch>();

  constructor(private readonly typeById: Map<string, EntityType>) {}

  add(type: EdgeType, from: string, to: string, props: Partial<EdgeRow>, fromLabel?: NodeLabel): void {
    this.addToFixed(type, from, fromLabel ?? null, to, null, props);
  }

  addToFixed(
    type: EdgeType,
    from: string,
    fromLabel: NodeLabel | null,
    to: string,
    toLabel: NodeLabel | null,
    props: Partial<EdgeRow>,
  ): void {
    const start = fromLabel ?? this.typeById.get(from);
    const end = toLabel ?? this.typeById.get(to);
    if (!start || !end) return;
    const key = `${type}|${start}|${end}`;
    let batch = this.byKey.get(key);
    if (!batch) {
      batch = { type, fromLabel: start, toLabel: end, rows: [] };
      this.byKey.set(key, batch);
    }
    batch.rows.push({
      from,
      to,
      document: props.document ?? null,
      startOffset: props.startOffset ?? null,
      endOffset: props.endOffset ?? null,
      role: props.role ?? null,
      rule: props.rule ?? null,
      confidence: props.confidence ?? null,
      via: props.via ?? null,
      count: props.count ?? null,
      ...(type === 'SAID_ABOUT' ? { direct: props.direct ?? 0, indirect: props.indirect ?? 0 } : {}),
      spans: props.spans ?? null,
    });
  }

  batches(): EdgeBatch[] {
    return [...this.byKey.values()];
  }
}

/**
 * One write for several articles: entities merged by id (mentions summed, aliases joined), summary
 * edges summed, the rest concatenated. Statements then run once per batch, not once per article.
 */
export function mergeGraphWrites(writes: GraphWrite[]): GraphWrite {
  const entities = emptyEntityRows();
  for (const type of ENTITY_TYPES) {
    const byId = new Map<string, EntityRow>();
    for (const row of writes.flatMap((write) => write.entities[type])) {
      const seen = byId.get(row.id);
      if (!seen) {
        byId.set(row.id, { ...row });
        continue;
      }
      seen.mentions += row.mentions;
      seen.aliases = unique([...seen.aliases, ...row.aliases]);
      seen.searchText = toSearchText(seen.aliases);
    }
    entities[type] = [...byId.values()];
  }
  const batches = new Map<string, EdgeBatch>();
  for (const batch of writes.flatMap((write) => write.edges)) {
    const key = `${batch.type}|${batch.fromLabel}|${batch.toLabel}`;
    const merged = batches.get(key);
    if (merged) merged.rows.push(...batch.rows);
    else batches.set(key, { ...batch, rows: [...batch.rows] });
  }
  for (const batch of batches.values()) {
    if (batch.type === 'SAID_ABOUT') batch.rows = sumCounts(batch.rows);
    else if (batch.type === 'MENTIONS') batch.rows = joinMentions(batch.rows);
    else batch.rows = oncePerEvidence(batch.rows);
  }
  return {
    documents: writes.flatMap((write) => write.documents),
    entities,
    quotes: writes.flatMap((write) => write.quotes),
    edges: [...batches.values()],
  };
}

/** One MENTIONS row per document and entity: two names the batch resolved to one entity add up. */
function joinMentions(rows: EdgeRow[]): EdgeRow[] {
  const byPair = new Map<string, EdgeRow>();
  for (const row of rows) {
    const key = `${row.from}\u0000${row.to}`;
    const seen = byPair.get(key);
    if (!seen) {
      byPair.set(key, { ...row });
      continue;
    }
    seen.count = (seen.count ?? 0) + (row.count ?? 0);
    if (row.spans) seen.spans = [...(seen.spans ?? []), ...row.spans];
  }
  return [...byPair.values()];
}

/** One edge per pair and evidence span: the same relation read twice from one sentence is one edge. */
function oncePerEvidence(rows: EdgeRow[]): EdgeRow[] {
  const byKey = new Map<string, EdgeRow>();
  for (const row of rows) {
    const key = `${row.from}\u0000${row.to}\u0000${row.document ?? ''}\u0000${row.startOffset ?? ''}`;
    if (!byKey.has(key)) byKey.set(key, row);
  }
  return [...byKey.values()];
}

function sumCounts(rows: EdgeRow[]): EdgeRow[] {
  const byPair = new Map<string, EdgeRow>();
  for (const row of rows) {
    const key = `${row.from}\u0000${row.to}`;
    const seen = byPair.get(key);
    if (seen) {
      seen.count = (seen.count ?? 0) + (row.count ?? 0);
      if (seen.direct !== undefined) seen.direct = (seen.direct ?? 0) + (row.direct ?? 0);
      if (seen.indirect !== undefined) seen.indirect = (seen.indirect ?? 0) + (row.indirect ?? 0);
    }
    else byPair.set(key, { ...row });
  }
  return [...byPair.values()];
}
