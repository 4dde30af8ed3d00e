import { ENTITY_TYPES, type EntityType } from '../../ingest/model.ts';
import { EDGE_TYPES, foldForSearch, labelForEntityId } from '../../ingest/stages/08-to-graph.ts';
import { RELATION_EDGE_TYPES } from './cypher/graph-schema.ts';
import { allowedEdits, closestEdits, toCandidateProbes } from './fuzzy-match.ts';
import type { ReadQueries } from './cypher/read-queries.ts';
import type {
  EntityDetail,
  EntitySummary,
  GraphCounts,
  GraphEdge,
  GraphElements,
  GraphNode,
  QuoteView,
} from './graph-store.ts';

export interface NeighborhoodOptions {
  limit?: number;
  /** 1: direct neighbours; 2: their neighbours too. */
  depth?: 1 | 2;
  /** Only neighbours of these entity types. */
  types?: EntityType[];
  /** Only edges of these relationship types. */
  relations?: string[];
}

export interface EdgesAmongOptions {
  /** An entity whose own edges come first. */
  centre?: { id: string; label: EntityType };
  /** Only edges of these relationship types. */
  types?: readonly string[];
}

/** A row with plain values: the adapter has already converted driver numbers and nodes. */
export type Row = Record<string, unknown>;

/** Runs one read query; each adapter supplies it. */
export type RunRead = (query: string, params?: Record<string, unknown>) => Promise<Row[]>;

const DEFAULT_LIMIT = 50;

/** The store's read operations, written once over the queries both dialects share. */
export function createGraphReads(run: RunRead, queries: ReadQueries) {
  async function count(query: string): Promise<number> {
    const rows = await run(query);
    return asNumber(rows[0]?.count);
  }

  async function counts(): Promise<GraphCounts> {
    const entities = {} as Record<EntityType, number>;
    for (const type of ENTITY_TYPES) entities[type] = await count(queries.countNodes(type));
    let relations = 0;
    for (const type of RELATION_EDGE_TYPES) relations += await count(queries.countEdges(type));
    return {
      documents: await count(queries.countNodes('Document')),
      entities,
      quotes: await count(queries.countNodes('Quote')),
      relations,
    };
  }

  async function searchEntities(query: string, options: { type?: EntityType; limit?: number } = {}) {
    const needle = foldForSearch(query.trim());
    const limit = options.limit ?? 20;
    if (!needle) return [];
    const types = options.type ? [options.type] : ENTITY_TYPES;
    const found = (await run(queries.searchEntities(types), { needle, limit })).map((row) => ({
      ...toSummary(row, row.label as EntityType),
      rank: rankMatch(String(row.searchText ?? ''), needle),
    }));
    if (found.length < limit) found.push(...(await searchWithTypos(needle, types, limit, new Set(found.map((e) => e.id)))));
    found.sort((a, b) => a.rank - b.rank || b.mentions - a.mentions || a.name.localeCompare(b.name));
    return found.slice(0, limit).map(({ rank: _rank, ...summary }) => summary);
  }

  /** Entities a small typo away: candidates share the start or the end of the needle, then edits decide. */
  async function searchWithTypos(needle: string, types: readonly EntityType[], limit: number, seen: Set<string>) {
    const max = allowedEdits(needle.length);
    const probes = toCandidateProbes(needle);
    const matches: (EntitySummary & { rank: number })[] = [];
    if (max === 0 || probes.length === 0) return matches;
    const params = { first: probes[0], second: probes[1] ?? probes[0], limit: limit * 20 };
    const found: { id: string; edits: number }[] = [];
    for (const row of await run(queries.searchCandidates(types), params)) {
      const id = String(row.id);
      const edits = closestEdits(needle, String(row.searchText ?? ''), max);
      if (seen.has(id) || edits > max) continue;
      seen.add(id);
      found.push({ id, edits });
    }
    // candidates come most mentioned first, and a stable sort keeps that order among equal edits
    const close = new Map(found.sort((a, b) => a.edits - b.edits).slice(0, limit).map(({ id, edits }) => [id, edits]));
    if (close.size === 0) return matches;
    for (const row of await run(queries.entitiesById(types), { ids: [...close.keys()] })) {
      matches.push({ ...toSummary(row, row.label as EntityType), rank: 2 + close.get(String(row.id))! });
    }
    return matches;
  }

  async function getEntity(id: string): Promise<EntityDetail | null> {
    const label = labelForEntityId(id);
    if (!label) return null;
    const [row] = await run(queries.entity(label), { id });
    if (!row) return null;
    const roles = (await run(queries.entityRoles(label), { id })).map((role) => ({
      role: (role.role as string | null) ?? null,
      organization: toSummary(role, role.label as EntityType),
    }));
    const documents = (await run(queries.entityDocuments(label), { id, limit: DEFAULT_LIMIT })).map((doc) => ({
      id: String(doc.id),
      title: String(doc.title ?? ''),
      date: (doc.date as string | null) ?? null,
    }));
    const [quoteCounts] = await run(queries.entityQuoteCounts(label), { id });
    return {
      ...toSummary(row, label),
      kind: (row.kind as string | null) ?? null,
      roles,
      documents,
      quotesSaid: asNumber(quoteCounts?.said),
      quotesAbout: asNumber(quoteCounts?.about),
    };
  }

  /**
   * Edges among some entities, at most `limit` in all: each row read costs, so the labels share one
   * budget. With `centre`, that entity's own edges come first, so no neighbour is drawn unconnected;
   * with `types`, only edges of those relationship types.
   */
  async function edgesAmong(ids: string[], limit: number, { centre, types }: EdgesAmongOptions = {}): Promise<GraphEdge[]> {
    const rows: Row[] = [];
    if (centre) {
      const others = ids.filter((id) => id !== centre.id);
      if (others.length > 0) {
        rows.push(...(await run(queries.edgesAmong(centre.label, types), { fromIds: [centre.id], toIds: others, limit })));
        const budget = limit - rows.length;
        if (budget > 0) rows.push(...(await run(queries.edgesInto(centre.label, types), { id: centre.id, fromIds: others, limit: budget })));
      }
    }
    for (const type of ENTITY_TYPES) {
      // the centre's edges to every other id were read above
      const fromIds = ids.filter((id) => labelForEntityId(id) === type && id !== centre?.id);
      const budget = limit - rows.length;
      if (fromIds.length === 0 || budget <= 0) continue;
      rows.push(...(await run(queries.edgesAmong(type, types), { fromIds, toIds: ids, limit: budget })));
    }
    return toSummaryEdges(rows);
  }

  async function getNeighborhood(id: string, options: NeighborhoodOptions = {}): Promise<GraphElements | null> {
    const label = labelForEntityId(id);
    if (!label) return null;
    const [centre] = await run(queries.entity(label), { id });
    if (!centre) return null;
    const limit = options.limit ?? 100;
    const labels = options.types?.length ? options.types : [...ENTITY_TYPES];
    const nodes = new Map<string, GraphNode>([[id, toNode(centre, label)]]);
    const add = (row: Row) => {
      if (nodes.size <= limit) nodes.set(String(row.id), toNode(row, row.label as EntityType));
    };
    for (const row of await run(queries.neighbours(label), { id, labels, limit })) add(row);
    if (options.depth === 2 && nodes.size <= limit) {
      // more than are missing: some of the second ring are in the first already
      const params = { id, labels, limit: limit + 1 };
      for (const row of await run(queries.neighboursAtTwo(label), params)) add(row);
    }
    // the types go into the queries, so the row budget is spent on the edges asked for
    const relations = options.relations?.length ? new Set(options.relations) : null;
    const edges = (await edgesAmong([...nodes.keys()], limit * 4, { centre: { id, label }, types: options.relations })).filter(
      (edge) => !relations || relations.has(edge.type),
    );
    return { nodes: [...nodes.values()], edges };
  }

  async function overview(limit: number): Promise<GraphElements> {
    const nodes = (await run(queries.topEntities(ENTITY_TYPES), { limit })).map((row) => toNode(row, row.label as EntityType));
    const edges = await edgesAmong(
      nodes.map((node) => node.id),
      limit * 4,
    );
    return { nodes, edges };
  }

  /** Quotes from a query that starts at the entity; the rows come newest article first, each article in reading order. */
  async function quotesFrom(query: string, entityId: string, limit: number): Promise<QuoteView[]> {
    const rows = await run(query, { id: entityId, limit });
    return groupQuotes(rows, [...new Set(rows.map((row) => String(row.id)))]);
  }

  async function quotesBySpeaker(entityId: string, options: { limit?: number } = {}) {
    const label = labelForEntityId(entityId);
    return label ? quotesFrom(queries.quotesBySpeaker(label), entityId, options.limit ?? DEFAULT_LIMIT) : [];
  }

  async function quotesAbout(entityId: string, options: { limit?: number } = {}) {
    const label = labelForEntityId(entityId);
    return label ? quotesFrom(queries.quotesAbout(label), entityId, options.limit ?? DEFAULT_LIMIT) : [];
  }

  return { counts, searchEntities, getEntity, getNeighborhood, overview, quotesBySpeaker, quotesAbout, edgesAmong };
}

/** 0 for an exact name or alias, 1 for a prefix of one, 2 for a match inside one. */
function rankMatch(searchText: string, needle: string): number {
  const forms = searchText.split('\n');
  if (forms.includes(needle)) return 0;
  if (forms.some((form) => form.startsWith(needle) || form.includes(` ${needle}`))) return 1;
  return 2;
}

export function asNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number(value ?? 0) || 0;
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

export function toSummary(row: Row, type: EntityType, prefix = ''): EntitySummary {
  const column = (name: string) => (prefix ? `${prefix}${name[0]!.toUpperCase()}${name.slice(1)}` : name);
  return {
    id: String(row[column('id')] ?? ''),
    type,
    name: String(row[column('name')] ?? ''),
    aliases: asStrings(row[column('aliases')]),
    mentions: asNumber(row[column('mentions')]),
  };
}

function toNode(row: Row, label: EntityType): GraphNode {
  const summary = toSummary(row, label);
  return {
    id: summary.id,
    label,
    name: summary.name,
    properties: { aliases: summary.aliases, mentions: summary.mentions },
  };
}

/** Edge ids are built from their ends and evidence, so the same edge has one id on every path. */
export function toEdgeId(type: string, source: string, target: string, properties: Record<string, unknown>): string {
  const evidence = properties.document ? `@${String(properties.document).slice(0, 12)}:${String(properties.startOffset)}` : '';
  return `${type}:${source}->${target}${evidence}`;
}

/**
 * The edges read, one per piece of evidence, drawn as one edge per type and pair of entities: `count`
 * is how many pieces of evidence the rows gave (for SAID_ABOUT, how many quotes), `documents` the
 * articles they come from. A hub has hundreds of parallel edges, one per sentence: drawn one by one
 * they would hide everything else.
 */
export function toSummaryEdges(rows: readonly Row[]): GraphEdge[] {
  const edges = new Map<string, GraphEdge & { properties: { count: number; documents?: string[]; role?: unknown } }>();
  for (const row of rows) {
    const type = String(row.type);
    if (!(EDGE_TYPES as readonly string[]).includes(type)) continue;
    const source = String(row.source);
    const target = String(row.target);
    const id = `${type}:${source}->${target}`;
    let edge = edges.get(id);
    if (!edge) {
      edge = { id, type, source, target, properties: { count: 0 } };
      edges.set(id, edge);
    }
    edge.properties.count += row.count !== null && row.count !== undefined ? asNumber(row.count) : 1;
    if (typeof row.document === 'string' && row.document !== '') {
      const documents = (edge.properties.documents ??= []);
      if (!documents.includes(row.document)) documents.push(row.document);
    }
    if (row.role !== null && row.role !== undefined) edge.properties.role ??= row.role;
  }
  return [...edges.values()];
}

export function groupQuotes(rows: readonly Row[], order: readonly string[]): QuoteView[] {
  const byId = new Map<string, QuoteView>();
  for (const row of rows) {
    const id = String(row.id);
    let quote = byId.get(id);
    if (!quote) {
      quote = {
        id,
        text: String(row.text ?? ''),
        context: String(row.context ?? row.text ?? ''),
        start: asNumber(row.startOffset),
        end: asNumber(row.endOffset),
        via: (row.via as string | null) ?? null,
        speaker: row.speakerId ? toSummary(row, row.speakerLabel as EntityType, 'speaker') : null,
        about: [],
        document: {
          id: String(row.documentId),
          title: String(row.documentTitle ?? ''),
          date: (row.documentDate as string | null) ?? null,
        },
      };
      byId.set(id, quote);
    }
    if (row.aboutId && !quote.about.some((about) => about.id === row.aboutId)) {
      quote.about.push(toSummary(row, row.aboutLabel as EntityType, 'about'));
    }
  }
  return order.map((id) => byId.get(id)).filter((quote): quote is QuoteView => quote !== undefined);
}
