import { ENTITY_TYPES, type EntityType } from '../model/graph-model.ts';
import { EDGE_TYPES, labelForEntityId } from '../model/graph-model.ts';
import { foldForSearch } from '../model/graph-rows.ts';
import { RELATION_EDGE_TYPES } from '../model/graph-model.ts';
import { allowedEdits, closestEdits, toCandidateProbes } from './fuzzy-match.ts';
import { ENTITY_GROUPS, groupOf, type EntityGroup, type ReadQueries } from './cypher/read-queries.ts';
import type {
  EntityDetail,
  EntitySummary,
  GraphCounts,
  GraphEdge,
  GraphElements,
  GraphNode,
  NeighborhoodOptions,
  QuoteView,
} from './graph-store.ts';

export interface EdgesAmongOptions {
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
   * Edges among some entities, at most `limit` in all (each row read costs); with `types`, only edges
   * of those relationship types. Edges from events and from the other entities are read apart (see
   * EntityGroup), the events' query only when there are some.
   */
  async function edgesAmong(ids: string[], limit: number, { types }: EdgesAmongOptions = {}): Promise<GraphEdge[]> {
    if (limit <= 0) return [];
    // side by side on the store's read connections, each with the whole budget, the others' rows kept first
    const reads = ENTITY_GROUPS.map((group) => {
      const fromIds = ids.filter((id) => groupOf(labelForEntityId(id)) === group);
      return fromIds.length > 0 ? run(queries.edgesFrom(group, types), { fromIds, toIds: ids, limit }) : Promise.resolve([]);
    });
    return toSummaryEdges((await Promise.all(reads)).flat().slice(0, limit));
  }

  /**
   * An entity, its neighbours (most mentioned first, events after the other entities: they are most of
   * the graph, mostly named once, and each query that may reach one costs a scan of them all, so they
   * are walked apart and take only the room the others leave), and the edges among them, one per type
   * and pair.
   */
  async function getNeighborhood(id: string, options: NeighborhoodOptions = {}): Promise<GraphElements | null> {
    const label = labelForEntityId(id);
    if (!label) return null;
    const [centre] = await run(queries.entity(label), { id });
    if (!centre) return null;
    const limit = options.limit ?? 100;
    const edgeBudget = limit * 4;
    const labels = options.types?.length ? options.types : [...ENTITY_TYPES];
    const groups = ENTITY_GROUPS.filter((group) => labels.some((type) => groupOf(type) === group));
    // the centre's edges, summed per neighbour and type, bring the first ring with them; a neighbour
    // joined by several types has several rows, so more rows than neighbours are read
    const centreRows: Row[] = [];
    const firstRing = new Map<string, GraphNode>();
    // the walks are independent: the store runs them side by side on its read connections
    const walks = await Promise.all(
      groups.map((group) =>
        Promise.all(
          (['out', 'in'] as const).map(async (direction) =>
            (await run(queries.neighbourEdges(label, direction, group), { id, labels, limit: edgeBudget }))
              .filter((row) => row.id !== id)
              .map((row): Row => (direction === 'out' ? { ...row, source: id, target: row.id } : { ...row, source: row.id, target: id })),
          ),
        ),
      ),
    );
    for (const found of walks.map((directions) => directions.flat())) {
      centreRows.push(...found);
      found.sort((a, b) => asNumber(b.mentions) - asNumber(a.mentions) || String(a.id).localeCompare(String(b.id)));
      for (const row of found) if (firstRing.size < limit) firstRing.set(String(row.id), toNode(row, row.label as EntityType));
    }
    const nodes = new Map<string, GraphNode>([[id, toNode(centre, label)], ...firstRing]);
    if (options.depth === 2) await addSecondRing(nodes, { id, labels, groups, limit });
    // the types go into the queries, so the row budget is spent on the edges asked for
    const relations = options.relations?.length ? new Set(options.relations) : null;
    const shown = (type: unknown) => !relations || relations.has(String(type));
    const centreEdges = toSummaryEdges(centreRows.filter((row) => nodes.has(String(row.id)) && shown(row.type)));
    const others = [...nodes.keys()].filter((key) => key !== id);
    const edges = await edgesAmong(others, edgeBudget - centreEdges.length, { types: options.relations });
    return { nodes: [...nodes.values()], edges: [...centreEdges, ...edges.filter((edge) => shown(edge.type))] };
  }

  /** Adds the neighbours of the first ring, up to `limit` nodes besides the centre; events again only where the others leave room. */
  async function addSecondRing(
    nodes: Map<string, GraphNode>,
    { id, labels, groups, limit }: { id: string; labels: readonly EntityType[]; groups: readonly EntityGroup[]; limit: number },
  ): Promise<void> {
    const ringOf = (group: EntityGroup) => [...nodes.keys()].filter((key) => key !== id && groupOf(labelForEntityId(key)) === group);
    const rings = { others: ringOf('others'), events: ringOf('events') };
    for (const [from, to] of [['others', 'others'], ['others', 'events'], ['events', 'others'], ['events', 'events']] as const) {
      if (nodes.size > limit) return;
      if (!groups.includes(to) || rings[from].length === 0) continue;
      // more than are missing: some of what is found is in the first ring already
      for (const row of await run(queries.neighboursAtTwo(from, to), { id, ring: rings[from], labels, limit: limit + 1 })) {
        if (nodes.size <= limit && !nodes.has(String(row.id))) nodes.set(String(row.id), toNode(row, row.label as EntityType));
      }
    }
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
 * The edge rows read (one per type and pair, see edgeSummaryColumns) as graph edges: `count` is the
 * pieces of evidence (for SAID_ABOUT, the quotes), `documents` the articles they come from. Rows of one
 * edge from two queries are merged.
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
    edge.properties.count += type === 'SAID_ABOUT' ? asNumber(row.quotes) : asNumber(row.evidence);
    for (const document of Array.isArray(row.documents) ? row.documents : []) {
      const documents = (edge.properties.documents ??= []);
      if (typeof document === 'string' && document !== '' && !documents.includes(document)) documents.push(document);
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
