import { z } from 'zod';
import { ENTITY_TYPES, type EntityType } from '../../model/graph-model.ts';
import type { EdgeType } from '../../model/graph-model.ts';
import { ENTITY_EDGE_TYPES, REL_TABLES, quoteName } from '../../model/graph-model.ts';
import { toRowDecoders, type DecodedRow } from './row-decoder.ts';

/**
 * The few expressions the two Cypher dialects spell differently; each adapter supplies its own.
 * Everything else in these queries is text both backends accept.
 */
export interface CypherDialect {
  /** The (single) label of a node variable, as a string. */
  nodeLabel(variable: string): string;
  /** The type of a relationship variable, as a string. */
  relType(variable: string): string;
  /** A node pattern's label part matching any of some labels (after the colon). */
  anyLabel(labels: readonly string[]): string;
}

/**
 * The two groups a walk among entities reads apart: events are most of the entities (mostly named once),
 * and a pattern whose other end may be any entity costs the embedded store a scan of every event.
 */
export type EntityGroup = 'events' | 'others';
export const ENTITY_GROUPS: readonly EntityGroup[] = ['others', 'events'];
/** The group of an entity type; null (an id naming no type) counts among the others. */
export const groupOf = (type: EntityType | null): EntityGroup => (type === 'Event' ? 'events' : 'others');
const OTHER_THAN_EVENTS = ENTITY_TYPES.filter((type) => type !== 'Event');

/** Entity-to-entity relationship types as one pattern part: a walk never scans mentions, quotes or documents. */
const ENTITY_EDGES = ENTITY_EDGE_TYPES.map(quoteName).join('|');

/** Some of the entity-to-entity types; types outside the model are dropped, none means all. */
function chooseEdgeTypes(types?: readonly string[]): readonly EdgeType[] {
  const chosen = types ? ENTITY_EDGE_TYPES.filter((type) => types.includes(type)) : [];
  return chosen.length > 0 ? chosen : ENTITY_EDGE_TYPES;
}

/** A relationship pattern's type part and the summary columns of its edges, for some entity-to-entity types. */
function edgePattern(r: string, types?: readonly string[]): { pattern: string; columns: string } {
  const chosen = chooseEdgeTypes(types);
  return { pattern: `${r}:${chosen.map(quoteName).join('|')}`, columns: edgeSummaryColumns(r, chosen) };
}

/** Quotes of the newest articles first (undated last), each article's in reading order. */
const NEWEST_QUOTES_FIRST = (q: string) => `ORDER BY coalesce(${q}.documentDate, '') DESC, ${q}.document, ${q}.startOffset`;

const ENTITY_COLUMNS = (v: string) =>
  `${v}.id AS id, ${v}.name AS name, ${v}.aliases AS aliases, ${v}.mentions AS mentions`;
/** The columns of ENTITY_COLUMNS. Properties are null where a store written by an earlier version lacks them. */
const ENTITY_ROW = { id: z.string(), name: z.string().nullable(), aliases: z.array(z.string()).nullable(), mentions: z.number().nullable() };
export type EntityRow = DecodedRow<typeof ENTITY_ROW>;
const LABEL = z.enum(ENTITY_TYPES);

/**
 * One row per relationship type and pair of entities, summing up its pieces of evidence: how many
 * (`evidence`), from which articles (`documents`), a role, and for SAID_ABOUT its quotes (`quotes`).
 * A hub has hundreds of parallel edges, one per sentence; read one by one they would spend the row
 * budget on a few pairs. An aggregate a property none of the chosen types has is a null column, since
 * the embedded store refuses the name.
 */
function edgeSummaryColumns(r: string, types: readonly EdgeType[] = ENTITY_EDGE_TYPES): string {
  const has = (property: string) => REL_TABLES.some((table) => types.includes(table.type) && property in table.properties);
  return [
    'count(*) AS evidence',
    // not collect(DISTINCT …): in the embedded store, over a group where it is all null it turns the sum after it null too
    has('document') ? `collect(${r}.document) AS documents` : 'null AS documents',
    has('role') ? `min(${r}.role) AS role` : 'null AS role',
    // the best-supported reading of a relation read several times; rules listed in full, deduplicated after
    has('confidence') ? `max(${r}.confidence) AS confidence` : 'null AS confidence',
    has('rule') ? `collect(${r}.rule) AS rules` : 'null AS rules',
    has('count') ? `sum(${r}.count) AS quotes` : 'null AS quotes',
  ].join(', ');
}

/** The columns of edgeSummaryColumns, with the edge's type; null where none of the types has the property. */
const EDGE_SUMMARY_ROW = {
  type: z.string(), evidence: z.number(), documents: z.array(z.string().nullable()).nullable(), role: z.string().nullable(), quotes: z.number().nullable(),
  confidence: z.number().nullable(), rules: z.array(z.string().nullable()).nullable(),
};

/** The columns of a quote's details (quoteDetailsOf): the speaker's and the subject's are null when it has none. */
const QUOTE_DETAIL_ROW = {
  id: z.string(),
  text: z.string().nullable(),
  context: z.string().nullable(),
  startOffset: z.number().nullable(),
  endOffset: z.number().nullable(),
  via: z.string().nullable(),
  kind: z.string().nullable(),
  rule: z.string().nullable(),
  confidence: z.number().nullable(),
  documentId: z.string(),
  documentTitle: z.string().nullable(),
  documentDate: z.string().nullable(),
  speakerId: z.string().nullable(),
  speakerName: z.string().nullable(),
  speakerAliases: z.array(z.string()).nullable(),
  speakerMentions: z.number().nullable(),
  speakerLabel: LABEL.nullable(),
  aboutId: z.string().nullable(),
  aboutName: z.string().nullable(),
  aboutAliases: z.array(z.string()).nullable(),
  aboutMentions: z.number().nullable(),
  aboutLabel: LABEL.nullable(),
};

/** Named, parameterised read queries, built for one dialect. Labels come from fixed lists only. */
export function createReadQueries(dialect: CypherDialect) {
  const groupLabels = (group: EntityGroup) => (group === 'events' ? 'Event' : dialect.anyLabel(OTHER_THAN_EVENTS));
  /**
   * The document, speaker and subjects of the quotes bound to `q`, ordered as read. `speaker` names a
   * variable already bound to the speaker: each join costs the embedded store a scan, so skip one when known.
   */
  const quoteDetailsOf = (q: string, speaker?: string) => {
    const s = speaker ?? 's';
    return (
      (speaker ? '' : `OPTIONAL MATCH (s)-[:SAID]->(${q}) `) +
      `OPTIONAL MATCH (${q})-[:ABOUT]->(a) ` +
      `RETURN ${q}.id AS id, ${q}.text AS text, ${q}.context AS context, ${q}.startOffset AS startOffset, ${q}.endOffset AS endOffset, ${q}.via AS via, ${q}.kind AS kind, ` +
      `${q}.rule AS rule, ${q}.confidence AS confidence, ${q}.document AS documentId, ${q}.documentTitle AS documentTitle, ${q}.documentDate AS documentDate, ` +
      `${s}.id AS speakerId, ${s}.name AS speakerName, ${s}.aliases AS speakerAliases, ${s}.mentions AS speakerMentions, ${dialect.nodeLabel(s)} AS speakerLabel, ` +
      `a.id AS aboutId, a.name AS aboutName, a.aliases AS aboutAliases, a.mentions AS aboutMentions, ${dialect.nodeLabel('a')} AS aboutLabel ` +
      "ORDER BY coalesce(documentDate, '') DESC, documentId, startOffset"
    );
  };
  return {
    countNodes: (label: string) => `MATCH (n:${label}) RETURN count(n) AS count`,
    countEdges: (type: EdgeType) => `MATCH ()-[r:${quoteName(type)}]->() RETURN count(r) AS count`,
    documentExists: 'MATCH (d:Document {id: $id}) RETURN d.id AS id',
    /** Documents ingested as exactly `$source`, or as any path ending in the file name `$fileName`. */
    documentsBySource:
      'MATCH (d:Document) WHERE d.source = $source OR d.source = $fileName OR d.source ENDS WITH $slashFileName ' +
      'RETURN d.id AS id, d.source AS source ORDER BY source, id',
    /** Documents whose source starts with `$prefix`; '' counts them all. */
    countDocumentsUnder: 'MATCH (d:Document) WHERE d.source STARTS WITH $prefix RETURN count(d) AS count',
    /** Entities of some labels whose names or aliases contain the needle, most mentioned first. */
    searchEntities: (labels: readonly EntityType[]) =>
      `MATCH (n:${dialect.anyLabel(labels)}) WHERE n.searchText CONTAINS $needle ` +
      `RETURN ${dialect.nodeLabel('n')} AS label, ${ENTITY_COLUMNS('n')}, n.searchText AS searchText ORDER BY n.mentions DESC LIMIT $limit`,
    /**
     * Candidates for a misspelt needle: names containing either of two short runs of it. Hundreds can
     * come back and every row costs, so only what the edit count needs; `entitiesById` reads the rest.
     */
    searchCandidates: (labels: readonly EntityType[]) =>
      `MATCH (n:${dialect.anyLabel(labels)}) WHERE n.searchText CONTAINS $first OR n.searchText CONTAINS $second ` +
      'RETURN n.id AS id, n.searchText AS searchText ORDER BY n.mentions DESC LIMIT $limit',
    /** Some entities of some labels by id. */
    entitiesById: (labels: readonly EntityType[]) =>
      `MATCH (n:${dialect.anyLabel(labels)}) WHERE n.id IN $ids RETURN ${dialect.nodeLabel('n')} AS label, ${ENTITY_COLUMNS('n')}`,
    topEntities: (labels: readonly EntityType[]) =>
      `MATCH (n:${dialect.anyLabel(labels)}) RETURN ${dialect.nodeLabel('n')} AS label, ${ENTITY_COLUMNS('n')} ORDER BY n.mentions DESC LIMIT $limit`,
    entity: (label: EntityType) => `MATCH (n:${label} {id: $id}) RETURN ${ENTITY_COLUMNS('n')}, n.kind AS kind`,
    entityRoles: (label: EntityType) =>
      `MATCH (n:${label} {id: $id})-[r:AFFILIATED_WITH]->(o) ` +
      `RETURN DISTINCT r.role AS role, ${ENTITY_COLUMNS('o')}, ${dialect.nodeLabel('o')} AS label`,
    entityDocuments: (label: EntityType) =>
      `MATCH (d:Document)-[:MENTIONS]->(n:${label} {id: $id}) ` +
      'RETURN d.id AS id, d.title AS title, d.date AS date ORDER BY d.date DESC LIMIT $limit',
    entityQuoteCounts: (label: EntityType) =>
      `MATCH (n:${label} {id: $id}) ` +
      'OPTIONAL MATCH (n)-[:SAID]->(s:Quote) WITH n, count(s) AS said ' +
      'OPTIONAL MATCH (a:Quote)-[:ABOUT]->(n) RETURN said, count(a) AS about',
    /**
     * The entities of one group one hop from one entity along its edges out (`out`) or in (`in`), one
     * row per neighbour and relationship type with the summary of those edges (see edgeSummaryColumns):
     * a neighbourhood's first ring and the centre's edges in one walk. Most mentioned first. Two directed
     * walks, not one either way: the embedded store's start_node() of a relationship matched either way
     * names the node the walk started from, so the direction would be lost.
     */
    neighbourEdges: (label: EntityType, direction: 'out' | 'in', group: EntityGroup) => {
      const [tail, head] = direction === 'out' ? ['-', '->'] : ['<-', '-'];
      return (
        `MATCH (c:${label} {id: $id})${tail}[r:${ENTITY_EDGES}]${head}(m:${groupLabels(group)}) WHERE ${dialect.nodeLabel('m')} IN $labels ` +
        `RETURN ${dialect.nodeLabel('m')} AS label, ${ENTITY_COLUMNS('m')}, ${dialect.relType('r')} AS type, ${edgeSummaryColumns('r')} ` +
        'ORDER BY mentions DESC, id LIMIT $limit'
      );
    },
    /** Entities of one group one hop from some of another (a neighbourhood's first ring), the centre excluded, most mentioned first. */
    neighboursAtTwo: (from: EntityGroup, to: EntityGroup) =>
      `MATCH (m:${groupLabels(from)})-[:${ENTITY_EDGES}]-(k:${groupLabels(to)}) WHERE m.id IN $ring AND ${dialect.nodeLabel('k')} IN $labels AND k.id <> $id ` +
      `RETURN DISTINCT ${dialect.nodeLabel('k')} AS label, ${ENTITY_COLUMNS('k')} ORDER BY mentions DESC LIMIT $limit`,
    /** Edges from some entities of one group to any of some ids. */
    edgesFrom: (group: EntityGroup, types?: readonly string[]) => {
      const edge = edgePattern('r', types);
      return (
        `MATCH (a:${groupLabels(group)})-[${edge.pattern}]->(b) WHERE a.id IN $fromIds AND b.id IN $toIds ` +
        `RETURN a.id AS source, b.id AS target, ${dialect.relType('r')} AS type, ${edge.columns} LIMIT $limit`
      );
    },
    /** A speaker's quotes, newest article first and in reading order within one, one row per quote and subject, found from the speaker (never by quote id). */
    quotesBySpeaker: (label: EntityType) =>
      `MATCH (n:${label} {id: $id})-[:SAID]->(q:Quote) WITH n, q ${NEWEST_QUOTES_FIRST('q')} LIMIT $limit ${quoteDetailsOf('q', 'n')}`,
    /** The quotes about an entity, as quotesBySpeaker. */
    quotesAbout: (label: EntityType) =>
      `MATCH (q:Quote)-[:ABOUT]->(n:${label} {id: $id}) WITH q ${NEWEST_QUOTES_FIRST('q')} LIMIT $limit ${quoteDetailsOf('q')}`,
    /** One row per quote and subject for a page of quote ids; the caller keeps the page's order. */
    quoteDetails: `UNWIND $ids AS quoteId MATCH (q:Quote {id: quoteId}) ${quoteDetailsOf('q')}`,
    /** Quote ids matching the filters that are given, newest document first, up to the end of one page. */
    quotePage: (filters: QuotePageClauses) => {
      const matches = ['MATCH (q:Quote)-[:`IN`]->(d:Document)'];
      if (filters.speaker) matches.push(`MATCH (s:${filters.speaker} {id: $speaker})-[:SAID]->(q)`);
      if (filters.about) matches.push(`MATCH (q)-[:ABOUT]->(a:${filters.about} {id: $about})`);
      const conditions = [filters.document ? 'd.id = $document' : '', filters.q ? 'toLower(q.text) CONTAINS $text' : '',
        // a quote stored before kinds were kept is in quotation marks
        filters.kind ? "coalesce(q.kind, 'direct') = $kind" : '',
        // a quote whose confidence is unknown is not known to reach it
        filters.minConfidence ? 'q.confidence >= $minConfidence' : '',
        // dates compare as text: a day, or a day and a time, sorts after the day it starts with and before the next
        filters.from ? 'd.date >= $from' : '', filters.to ? 'd.date < $beforeDay' : ''].filter(Boolean);
      const where = conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '';
      return (
        `${matches.join(' ')}${where} ` +
        'RETURN DISTINCT q.id AS id, d.date AS date, q.document AS document, q.startOffset AS startOffset ' +
        // no SKIP: the engine crashes on ORDER BY … SKIP past the rows it sorted; the caller drops the rows before the page
        'ORDER BY date DESC, document, startOffset LIMIT $limit'
      );
    },
    documentInfo:
      'MATCH (d:Document {id: $id}) ' +
      'RETURN d.id AS id, d.title AS title, d.date AS date, d.source AS source, d.ingestedAt AS ingestedAt, d.text AS text',
    documentMentions:
      'MATCH (d:Document {id: $id})-[m:MENTIONS]->(e) ' +
      `RETURN e.id AS id, ${dialect.nodeLabel('e')} AS label, e.name AS name, m.spans AS spans`,
    documentQuotes:
      'MATCH (q:Quote)-[:`IN`]->(d:Document {id: $id}) OPTIONAL MATCH (s)-[:SAID]->(q) ' +
      'RETURN q.id AS id, q.startOffset AS startOffset, q.endOffset AS endOffset, q.via AS via, q.kind AS kind, ' +
      'q.rule AS rule, q.confidence AS confidence, s.id AS speakerId, s.name AS speakerName',
    documentRelations: (type: EdgeType) =>
      `MATCH (a)-[r:${quoteName(type)}]->(b) WHERE r.document = $id ` +
      'RETURN a.id AS source, b.id AS target, r.role AS role, r.startOffset AS startOffset, r.endOffset AS endOffset',
    /** Speaker → subject counts; `filter` says which of $speakers and $subjects are given. */
    /** Quotes per article date and kind over the whole archive, for the timeline. */
    timelineQuotes: 'MATCH (q:Quote) RETURN q.documentDate AS date, q.kind AS kind, count(*) AS count',
    /** The quotes an entity said (`said`) or that are about it (`about`), one row each, for its timeline. */
    timelineEntityQuotes: (label: EntityType, way: 'said' | 'about') =>
      (way === 'said' ? `MATCH (n:${label} {id: $id})-[:SAID]->(q:Quote) ` : `MATCH (q:Quote)-[:ABOUT]->(n:${label} {id: $id}) `) +
      'RETURN DISTINCT q.id AS id, q.documentDate AS date, q.kind AS kind',
    /**
     * Events per date of the first article that mentions them (null when none of those is dated): all of
     * them, one event (`Event`), or the events an entity of another type is in.
     */
    timelineEvents: (label?: EntityType) => {
      const match =
        label === undefined ? 'MATCH (d:Document)-[:MENTIONS]->(e:Event)'
        : label === 'Event' ? 'MATCH (d:Document)-[:MENTIONS]->(e:Event {id: $id})'
        // a place's events are those that happened there as well as those it takes part in
        : `MATCH (e:Event)-[:${label === 'Place' ? 'INVOLVES|OCCURRED_IN' : 'INVOLVES'}]->(n:${label} {id: $id}) MATCH (d:Document)-[:MENTIONS]->(e)`;
      return `${match} WITH e, min(d.date) AS date RETURN date, count(*) AS count`;
    },
    saidAbout: (filter: { speakers: boolean; subjects: boolean }) => {
      const conditions = [filter.speakers ? 's.id IN $speakers' : '', filter.subjects ? 'a.id IN $subjects' : ''].filter(Boolean);
      return (
        `MATCH (s)-[r:SAID_ABOUT]->(a)${conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : ''} ` +
        `RETURN s.id AS speakerId, s.name AS speakerName, ${dialect.nodeLabel('s')} AS speakerLabel, ` +
        `a.id AS subjectId, a.name AS subjectName, ${dialect.nodeLabel('a')} AS subjectLabel, r.count AS count, r.direct AS direct, r.indirect AS indirect ` +
        'ORDER BY count DESC, speakerName, subjectName LIMIT $limit'
      );
    },
    /**
     * Speaker → subject counts of the quotes of articles dated in a range, counted from the quotes
     * themselves, since SAID_ABOUT keeps one count over every date; columns as saidAbout's.
     */
    saidAboutDated: (filter: { speakers: boolean; subjects: boolean; from: boolean; to: boolean }) => {
      const conditions = [
        filter.speakers ? 's.id IN $speakers' : '', filter.subjects ? 'a.id IN $subjects' : '',
        // dates compare as text, as in quotePage
        filter.from ? 'q.documentDate >= $from' : '', filter.to ? 'q.documentDate < $beforeDay' : '',
      ].filter(Boolean);
      return (
        `MATCH (s)-[:SAID]->(q:Quote)-[:ABOUT]->(a)${conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : ''} ` +
        `RETURN s.id AS speakerId, s.name AS speakerName, ${dialect.nodeLabel('s')} AS speakerLabel, ` +
        `a.id AS subjectId, a.name AS subjectName, ${dialect.nodeLabel('a')} AS subjectLabel, count(*) AS count, ` +
        // a quote stored before kinds were kept is in quotation marks
        "count(CASE WHEN q.kind = 'indirect' THEN NULL ELSE 1 END) AS direct, count(CASE WHEN q.kind = 'indirect' THEN 1 ELSE NULL END) AS indirect " +
        'ORDER BY count DESC, speakerName, subjectName LIMIT $limit'
      );
    },
  };
}

const COUNT_ROW = { count: z.number() };
const LABELLED_ENTITY_ROW = { label: LABEL, ...ENTITY_ROW };

/**
 * Each read query's rows decoded, keyed as the queries are: the columns its RETURN names, each with
 * the kind of value it holds. A row without one of them, or with a value of another kind, throws.
 */
export const decodeRows = toRowDecoders({
  countNodes: COUNT_ROW,
  countEdges: COUNT_ROW,
  documentExists: { id: z.string() },
  documentsBySource: { id: z.string(), source: z.string() },
  countDocumentsUnder: COUNT_ROW,
  searchEntities: { ...LABELLED_ENTITY_ROW, searchText: z.string().nullable() },
  searchCandidates: { id: z.string(), searchText: z.string().nullable() },
  entitiesById: LABELLED_ENTITY_ROW,
  topEntities: LABELLED_ENTITY_ROW,
  entity: { ...ENTITY_ROW, kind: z.string().nullable() },
  entityRoles: { role: z.string().nullable(), ...LABELLED_ENTITY_ROW },
  entityDocuments: { id: z.string(), title: z.string().nullable(), date: z.string().nullable() },
  entityQuoteCounts: { said: z.number(), about: z.number() },
  neighbourEdges: { ...LABELLED_ENTITY_ROW, ...EDGE_SUMMARY_ROW },
  neighboursAtTwo: LABELLED_ENTITY_ROW,
  edgesFrom: { source: z.string(), target: z.string(), ...EDGE_SUMMARY_ROW },
  quotesBySpeaker: QUOTE_DETAIL_ROW,
  quotesAbout: QUOTE_DETAIL_ROW,
  quoteDetails: QUOTE_DETAIL_ROW,
  quotePage: { id: z.string(), date: z.string().nullable(), document: z.string().nullable(), startOffset: z.number().nullable() },
  documentInfo: {
    id: z.string(), title: z.string().nullable(), date: z.string().nullable(),
    source: z.string().nullable(), ingestedAt: z.string().nullable(), text: z.string().nullable(),
  },
  documentMentions: { id: z.string(), label: LABEL, name: z.string(), spans: z.array(z.number()).nullable() },
  documentQuotes: {
    id: z.string(), startOffset: z.number().nullable(), endOffset: z.number().nullable(), via: z.string().nullable(), kind: z.string().nullable(),
    rule: z.string().nullable(), confidence: z.number().nullable(), speakerId: z.string().nullable(), speakerName: z.string().nullable(),
  },
  documentRelations: {
    source: z.string(), target: z.string(), role: z.string().nullable(), startOffset: z.number().nullable(), endOffset: z.number().nullable(),
  },
  timelineQuotes: { date: z.string().nullable(), kind: z.string().nullable(), count: z.number() },
  timelineEntityQuotes: { id: z.string(), date: z.string().nullable(), kind: z.string().nullable() },
  timelineEvents: { date: z.string().nullable(), count: z.number() },
  saidAboutDated: {
    speakerId: z.string(), speakerName: z.string(), speakerLabel: LABEL, subjectId: z.string(), subjectName: z.string(), subjectLabel: LABEL,
    count: z.number(), direct: z.number(), indirect: z.number(),
  },
  saidAbout: {
    speakerId: z.string(), speakerName: z.string(), speakerLabel: LABEL,
    subjectId: z.string(), subjectName: z.string(), subjectLabel: LABEL,
    count: z.number().nullable(), direct: z.number().nullable(), indirect: z.number().nullable(),
  },
}) satisfies Record<keyof ReadQueries, unknown>;

/** A row of edgesFrom, or of neighbourEdges with its ends: one relationship type between two entities, summed up. */
export type EdgeSummaryRow = ReturnType<typeof decodeRows.edgesFrom>[number];
/** A row of quoteDetails and its kin: one quote with one of its subjects. */
export type QuoteDetailRow = ReturnType<typeof decodeRows.quoteDetails>[number];

/** Which of a quote page's filters (QuoteFilters) are given; speaker and about as the label of their entity id. */
export interface QuotePageClauses {
  speaker?: EntityType;
  about?: EntityType;
  document?: boolean;
  q?: boolean;
  kind?: boolean;
  minConfidence?: boolean;
  from?: boolean;
  to?: boolean;
}

export type ReadQueries = ReturnType<typeof createReadQueries>;
