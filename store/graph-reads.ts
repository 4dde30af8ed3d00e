import { ENTITY_TYPES, type EdgeType, type EntityType } from '../model/graph-model.ts';
import { EDGE_TYPES, labelForEntityId } from '../model/graph-model.ts';
import { foldForSearch } from '../model/graph-rows.ts';
import { RELATION_EDGE_TYPES } from '../model/graph-model.ts';
import { allowedEdits, closestEdits, toCandidateProbes } from './fuzzy-match.ts';
import {
  ENTITY_GROUPS,
  decodeRows,
  groupOf,
  type EdgeSummaryRow,
  type EntityGroup,
  type EntityRow,
  type QuoteDetailRow,
  type ReadQueries,
} from './cypher/read-queries.ts';
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
  const countNodes = async (label: string) => decodeRows.countNodes(await run(queries.countNodes(label)))[0]?.count ?? 0;
  const countEdges = async (type: EdgeType) => decodeRows.countEdges(await run(queries.countEdges(type)))[0]?.count ?? 0;

  async function counts(): Promise<GraphCounts> {
    const entities = {} as Record<EntityType, number>;
    for (const type of ENTITY_TYPES) entities[type] = await countNodes(type);
    let relations = 0;
    for (const type of RELATION_EDGE_TYPES) relations += await countEdges(type);
    return {
      documents: await countNodes('Document'),
      entities,
      quotes: await countNodes('Quote'),
      relations,
    };
  }

  async function searchEntities(query: string, options: { type?: EntityType; limit?: number } = {}) {
    const needle = foldForSearch(query.trim());
    const limit = options.limit ?? 20;
    if (!needle) return [];
    const types = options.type ? [options.type] : ENTITY_TYPES;
    const found = decodeRows.searchEntities(await run(queries.searchEntities(types), { needle, limit })).map((row) => ({
      ...toSummary(row, row.label),
      rank: rankMatch(row.searchText ?? '', needle),
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
    for (const { id, searchText } of decodeRows.searchCandidates(await run(queries.searchCandidates(types), params))) {
      const edits = closestEdits(needle, searchText ?? '', max);
      if (seen.has(id) || edits > max) continue;
      seen.add(id);
      found.push({ id, edits });
    }
    // candidates come most mentioned first, and a stable sort keeps that order among equal edits
    const close = new Map(found.sort((a, b) => a.edits - b.edits).slice(0, limit).map(({ id, edits }) => [id, edits]));
    if (close.size === 0) return matches;
    for (const row of decodeRows.entitiesById(await run(queries.entitiesById(types), { ids: [...close.keys()] }))) {
      matches.push({ ...toSummary(row, row.label), rank: 2 + close.get(row.id)! });
    }
    return matches;
  }

  async function getEntity(id: string): Promise<EntityDetail | null> {
    const label = labelForEntityId(id);
    if (!label) return null;
    const [row] = decodeRows.entity(await run(queries.entity(label), { id }));
    if (!row) return null;
    const roles = decodeRows.entityRoles(await run(queries.entityRoles(label), { id })).map((role) => ({
      role: role.role,
      organization: toSummary(role, role.label),
    }));
    const documents = decodeRows.entityDocuments(await run(queries.entityDocuments(label), { id, limit: DEFAULT_LIMIT })).map((doc) => ({
      id: doc.id,
      title: doc.title ?? '',
      date: doc.date,
    }));
    const [quoteCounts] = decodeRows.entityQuoteCounts(await run(queries.entityQuoteCounts(label), { id }));
    return {
      ...toSummary(row, label),
      kind: row.kind,
      roles,
      documents,
      quotesSaid: quoteCounts?.said ?? 0,
      quotesAbout: quoteCounts?.about ?? 0,
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
      return fromIds.length > 0 ? run(queries.edgesFrom(group, types), { fromIds, toIds: ids, limit }).then(decodeRows.edgesFrom) : Promise.resolve([]);
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
    const [centre] = decodeRows.entity(await run(queries.entity(label), { id }));
    if (!centre) return null;
    const limit = options.limit ?? 100;
    const edgeBudget = limit * 4;
    const labels = options.types?.length ? options.types : [...ENTITY_TYPES];
    const groups = ENTITY_GROUPS.filter((group) => labels.some((type) => groupOf(type) === group));
    // the centre's edges, summed per neighbour and type, bring the first ring with them; a neighbour
    // joined by several types has several rows, so more rows than neighbours are read
    const centreRows: (EdgeSummaryRow & EntityRow)[] = [];
    const firstRing = new Map<string, GraphNode>();
    // the walks are independent: the store runs them side by side on its read connections
    const walks = await Promise.all(
      groups.map((group) =>
        Promise.all(
          (['out', 'in'] as const).map(async (direction) =>
            decodeRows.neighbourEdges(await run(queries.neighbourEdges(label, direction, group), { id, labels, limit: edgeBudget }))
              .filter((row) => row.id !== id)
              .map((row) => (direction === 'out' ? { ...row, source: id, target: row.id } : { ...row, source: row.id, target: id })),
          ),
        ),
      ),
    );
    for (const found of walks.map((directions) => directions.flat())) {
      centreRows.push(...found);
      found.sort((a, b) => (b.mentions ?? 0) - (a.mentions ?? 0) || a.id.localeCompare(b.id));
      for (const row of found) if (firstRing.size < limit) firstRing.set(row.id, toNode(row, row.label));
    }
    const nodes = new Map<string, GraphNode>([[id, toNode(centre, label)], ...firstRing]);
    if (options.depth === 2) await addSecondRing(nodes, { id, labels, groups, limit });
    // the types go into the queries, so the row budget is spent on the edges asked for
    const relations = options.relations?.length ? new Set(options.relations) : null;
    const shown = (type: string) => !relations || relations.has(type);
    const centreEdges = toSummaryEdges(centreRows.filter((row) => nodes.has(row.id) && shown(row.type)));
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
      for (const row of decodeRows.neighboursAtTwo(await run(queries.neighboursAtTwo(from, to), { id, ring: rings[from], labels, limit: limit + 1 }))) {
        if (nodes.size <= limit && !nodes.has(row.id)) nodes.set(row.id, toNode(row, row.label));
      }
    }
  }

  async function overview(limit: number): Promise<GraphElements> {
    const nodes = decodeRows.topEntities(await run(queries.topEntities(ENTITY_TYPES), { limit })).map((row) => toNode(row, row.label));
    const edges = await edgesAmong(
      nodes.map((node) => node.id),
      limit * 4,
    );
    return { nodes, edges };
  }

  /** Quotes from a query that starts at the entity; the rows come newest article first, each article in reading order. */
  const quotesFrom = (rows: QuoteDetailRow[]): QuoteView[] => groupQuotes(rows, [...new Set(rows.map((row) => row.id))]);

  async function quotesBySpeaker(entityId: string, options: { limit?: number } = {}) {
    const label = labelForEntityId(entityId);
    if (!label) return [];
    return quotesFrom(decodeRows.quotesBySpeaker(await run(queries.quotesBySpeaker(label), { id: entityId, limit: options.limit ?? DEFAULT_LIMIT })));
  }

  async function quotesAbout(entityId: string, options: { limit?: number } = {}) {
    const label = labelForEntityId(entityId);
    if (!label) return [];
    return quotesFrom(decodeRows.quotesAbout(await run(queries.quotesAbout(label), { id: entityId, limit: options.limit ?? DEFAULT_LIMIT })));
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

/** An entity's columns as the API shows it: what the store lacks reads as empty. */
export function toSummary(row: EntityRow, type: EntityType): EntitySummary {
  return { id: row.id, type, name: row.name ?? '', aliases: row.aliases ?? [], mentions: row.mentions ?? 0 };
}

function toNode(row: EntityRow, label: EntityType): GraphNode {
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
export function toSummaryEdges(rows: readonly EdgeSummaryRow[]): GraphEdge[] {
  const edges = new Map<string, GraphEdge & { properties: { count: number; documents?: string[]; role?: unknown; confidence?: number; rules?: string[] } }>();
  for (const row of rows) {
    const { type, source, target } = row;
    if (!(EDGE_TYPES as readonly string[]).includes(type)) continue;
    const id = `${type}:${source}->${target}`;
    let edge = edges.get(id);
    if (!edge) {
      edge = { id, type, source, target, properties: { count: 0 } };
      edges.set(id, edge);
    }
    edge.properties.count += type === 'SAID_ABOUT' ? (row.quotes ?? 0) : row.evidence;
    for (const document of row.documents ?? []) {
      const documents = (edge.properties.documents ??= []);
      if (document !== null && document !== '' && !documents.includes(document)) documents.push(document);
    }
    if (row.role !== null) edge.properties.role ??= row.role;
    if (row.confidence !== null) edge.properties.confidence = Math.max(edge.properties.confidence ?? 0, row.confidence);
    for (const rule of row.rules ?? []) {
      const rules = (edge.properties.rules ??= []);
      if (rule !== null && !rules.includes(rule)) rules.push(rule);
    }
  }
  return [...edges.values()];
}

/** Quotes from their rows (one per quote and subject), in the order of the ids given. */
export function groupQuotes(rows: readonly QuoteDetailRow[], order: readonly string[]): QuoteView[] {
  const byId = new Map<string, QuoteView>();
  for (const row of rows) {
    let quote = byId.get(row.id);
    if (!quote) {
      quote = {
        id: row.id,
        text: row.text ?? '',
        context: row.context ?? row.text ?? '',
        start: row.startOffset ?? 0,
        end: row.endOffset ?? 0,
        via: row.via,
        kind: row.kind === 'indirect' ? 'indirect' : 'direct',
        rule: row.rule,
        confidence: row.confidence,
        speaker: row.speakerId && row.speakerLabel ? toSummary(entityOf(row, row.speakerId, 'speaker'), row.speakerLabel) : null,
        about: [],
        document: { id: row.documentId, title: row.documentTitle ?? '', date: row.documentDate },
      };
      byId.set(row.id, quote);
    }
    const { aboutId, aboutLabel } = row;
    if (aboutId && aboutLabel && !quote.about.some((about) => about.id === aboutId)) {
      quote.about.push(toSummary(entityOf(row, aboutId, 'about'), aboutLabel));
    }
  }
  return order.map((id) => byId.get(id)).filter((quote): quote is QuoteView => quote !== undefined);
}

/** The speaker's or the subject's columns of a quote row, as an entity's. */
function entityOf(row: QuoteDetailRow, id: string, who: 'speaker' | 'about'): EntityRow {
  return who === 'speaker'
    ? { id, name: row.speakerName, aliases: row.speakerAliases, mentions: row.speakerMentions }
    : { id, name: row.aboutName, aliases: row.aboutAliases, mentions: row.aboutMentions };
}
