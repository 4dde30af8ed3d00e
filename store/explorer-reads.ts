import { labelForEntityId } from '../model/graph-model.ts';
import { RELATION_EDGE_TYPES } from '../model/graph-model.ts';
import { decodeRows, type ReadQueries } from './cypher/read-queries.ts';
import { nextDay } from './timeline-buckets.ts';
import { groupQuotes, toSummary, type EdgesAmongOptions, type RunRead } from './graph-reads.ts';
import type { DocumentView, GraphElements, GraphNode, QuoteFilters, QuotePage, SaidAboutCell } from './graph-store.ts';

/** The explorer's wider reads: quote pages, documents with their spans, who-said-about-whom, agencies. */
export function createExplorerReads(
  run: RunRead,
  queries: ReadQueries,
  edgesAmong: (ids: string[], limit: number, options?: EdgesAmongOptions) => Promise<GraphElements['edges']>,
) {
  async function findQuotes(query: QuoteFilters): Promise<QuotePage> {
    const speaker = query.speaker ? labelForEntityId(query.speaker) : undefined;
    const about = query.about ? labelForEntityId(query.about) : undefined;
    if (speaker === null || about === null) return { quotes: [], nextCursor: null };
    const skip = Math.min(Math.max(Math.trunc(query.cursor ?? 0) || 0, 0), Number.MAX_SAFE_INTEGER);
    // every row up to the page and one past it: any cursor is safe, and one past the end reads them all and answers nothing
    const params: Record<string, unknown> = { limit: Math.min(skip + query.limit + 1, Number.MAX_SAFE_INTEGER) };
    if (query.speaker) params.speaker = query.speaker;
    if (query.about) params.about = query.about;
    if (query.document) params.document = query.document;
    if (query.q) params.text = query.q.toLowerCase();
    if (query.kind) params.kind = query.kind;
    if (query.minConfidence !== undefined) params.minConfidence = query.minConfidence;
    if (query.from) params.from = query.from;
    if (query.to) params.beforeDay = nextDay(query.to);
    const filters = {
      speaker, about, document: Boolean(query.document), q: Boolean(query.q), kind: Boolean(query.kind),
      minConfidence: query.minConfidence !== undefined, from: Boolean(query.from), to: Boolean(query.to),
    };
    const ids = decodeRows.quotePage(await run(queries.quotePage(filters), params)).slice(skip).map((row) => row.id);
    const page = ids.slice(0, query.limit);
    const quotes = page.length > 0 ? groupQuotes(decodeRows.quoteDetails(await run(queries.quoteDetails, { ids: page })), page) : [];
    return { quotes, nextCursor: ids.length > query.limit ? skip + query.limit : null };
  }

  async function getDocument(id: string): Promise<DocumentView | null> {
    const [info] = decodeRows.documentInfo(await run(queries.documentInfo, { id }));
    if (!info) return null;
    const mentions = decodeRows.documentMentions(await run(queries.documentMentions, { id })).flatMap((row) =>
      pairs(row.spans ?? []).map(([start, end]) => ({ entityId: row.id, type: row.label, name: row.name, start, end })),
    );
    const quotes = decodeRows.documentQuotes(await run(queries.documentQuotes, { id })).map((row) => ({
      id: row.id,
      start: row.startOffset ?? 0,
      end: row.endOffset ?? 0,
      via: row.via,
      // quotes stored before reported speech was read have no kind: all were in quotation marks
      kind: row.kind === 'indirect' ? ('indirect' as const) : ('direct' as const),
      rule: row.rule,
      confidence: row.confidence,
      speaker: row.speakerId ? { id: row.speakerId, name: row.speakerName ?? '' } : null,
    }));
    const relations = [];
    for (const type of RELATION_EDGE_TYPES) {
      for (const row of decodeRows.documentRelations(await run(queries.documentRelations(type), { id }))) {
        relations.push({
          type,
          source: row.source,
          target: row.target,
          role: row.role,
          start: row.startOffset ?? 0,
          end: row.endOffset ?? 0,
        });
      }
    }
    const byStart = <T extends { start: number }>(items: T[]) => items.sort((a, b) => a.start - b.start);
    return {
      id: info.id,
      title: info.title ?? '',
      date: info.date,
      source: info.source ?? '',
      ingestedAt: info.ingestedAt ?? '',
      text: info.text ?? '',
      mentions: byStart(mentions),
      quotes: byStart(quotes),
      relations: byStart(relations),
    };
  }

  async function saidAbout(filter: { speakers?: string[]; subjects?: string[]; from?: string; to?: string; limit: number }): Promise<SaidAboutCell[]> {
    const params: Record<string, unknown> = { limit: filter.limit };
    if (filter.speakers?.length) params.speakers = filter.speakers;
    if (filter.subjects?.length) params.subjects = filter.subjects;
    const sides = { speakers: 'speakers' in params, subjects: 'subjects' in params };
    if (filter.from || filter.to) {
      if (filter.from) params.from = filter.from;
      if (filter.to) params.beforeDay = nextDay(filter.to);
      const rows = decodeRows.saidAboutDated(await run(queries.saidAboutDated({ ...sides, from: Boolean(filter.from), to: Boolean(filter.to) }), params));
      return rows.map((row) => toCell(row, row.count, row.direct, row.indirect));
    }
    return decodeRows.saidAbout(await run(queries.saidAbout(sides), params)).map((row) =>
      toCell(row, row.count ?? 0, row.direct ?? row.count ?? 0, row.indirect ?? 0),
    );
  }

  async function agencyNetwork(limit: number): Promise<GraphElements> {
    const nodes: GraphNode[] = [];
    for (const type of ['Agency', 'Organization'] as const) {
      for (const row of decodeRows.topEntities(await run(queries.topEntities([type]), { limit }))) {
        const summary = toSummary(row, type);
        nodes.push({ id: summary.id, label: type, name: summary.name, properties: { aliases: summary.aliases, mentions: summary.mentions } });
      }
    }
    const edges = await edgesAmong(
      nodes.map((node) => node.id),
      limit * 10,
      { types: RELATION_EDGE_TYPES },
    );
    return { nodes, edges: edges.filter((edge) => (RELATION_EDGE_TYPES as readonly string[]).includes(edge.type)) };
  }

  return { findQuotes, getDocument, saidAbout, agencyNetwork };
}

type SaidAboutRow = { speakerId: string; speakerName: string; speakerLabel: SaidAboutCell['speaker']['type']; subjectId: string; subjectName: string; subjectLabel: SaidAboutCell['subject']['type'] };

function toCell(row: SaidAboutRow, count: number, direct: number, indirect: number): SaidAboutCell {
  return {
    speaker: { id: row.speakerId, name: row.speakerName, type: row.speakerLabel },
    subject: { id: row.subjectId, name: row.subjectName, type: row.subjectLabel },
    count,
    direct,
    indirect,
  };
}

function pairs(flat: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i]!, flat[i + 1]!]);
  return out;
}
