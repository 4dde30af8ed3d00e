import type { EntityType } from '../../../ingest/model.ts';
import type { EdgeType } from '../../../ingest/stages/08-to-graph.ts';
import { quoteName } from './graph-schema.ts';

/**
 * The few expressions the two Cypher dialects spell differently; each adapter supplies its own.
 * Everything else in these queries is text both backends accept.
 */
export interface CypherDialect {
  /** The (single) label of a node variable, as a string. */
  nodeLabel(variable: string): string;
  /** The type of a relationship variable, as a string. */
  relType(variable: string): string;
}

const ENTITY_COLUMNS = (v: string) =>
  `${v}.id AS id, ${v}.name AS name, ${v}.aliases AS aliases, ${v}.mentions AS mentions`;

const EDGE_COLUMNS = (r: string) =>
  `${r}.document AS document, ${r}.startOffset AS startOffset, ${r}.endOffset AS endOffset, ` +
  `${r}.role AS role, ${r}.count AS count, ${r}.via AS via`;

/** Named, parameterised read queries, built for one dialect. Labels come from fixed lists only. */
export function createReadQueries(dialect: CypherDialect) {
  return {
    countNodes: (label: string) => `MATCH (n:${label}) RETURN count(n) AS count`,
    countEdges: (type: EdgeType) => `MATCH ()-[r:${quoteName(type)}]->() RETURN count(r) AS count`,
    documentExists: 'MATCH (d:Document {id: $id}) RETURN d.id AS id',
    searchEntities: (label: EntityType) =>
      `MATCH (n:${label}) WHERE n.searchText CONTAINS $needle ` +
      `RETURN ${ENTITY_COLUMNS('n')}, n.searchText AS searchText ORDER BY n.mentions DESC LIMIT $limit`,
    topEntities: (label: EntityType) =>
      `MATCH (n:${label}) RETURN ${ENTITY_COLUMNS('n')} ORDER BY n.mentions DESC LIMIT $limit`,
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
    /** Neighbours one hop away in one direction; `out` follows edges from the entity. */
    neighbours: (label: EntityType, direction: 'out' | 'in') => {
      const pattern = direction === 'out' ? `(n:${label} {id: $id})-[r]->(m)` : `(n:${label} {id: $id})<-[r]-(m)`;
      return (
        `MATCH ${pattern} WHERE ${dialect.nodeLabel('m')} IN $labels ` +
        `RETURN ${dialect.nodeLabel('m')} AS label, ${ENTITY_COLUMNS('m')}, ${dialect.relType('r')} AS type, ${EDGE_COLUMNS('r')} ` +
        'LIMIT $limit'
      );
    },
    /** Entities two hops away through any entity, the centre excluded. */
    neighboursAtTwo: (label: EntityType) =>
      `MATCH (n:${label} {id: $id})-[]-(m)-[]-(k) ` +
      `WHERE ${dialect.nodeLabel('m')} IN $viaLabels AND ${dialect.nodeLabel('k')} IN $labels AND k.id <> $id ` +
      `RETURN DISTINCT ${dialect.nodeLabel('k')} AS label, ${ENTITY_COLUMNS('k')} LIMIT $limit`,
    /** Edges whose both ends are in the given id lists (two lists: the embedded store crashes on one reused). */
    edgesAmong: (label: EntityType) =>
      `MATCH (a:${label})-[r]->(b) WHERE a.id IN $fromIds AND b.id IN $toIds ` +
      `RETURN a.id AS source, b.id AS target, ${dialect.relType('r')} AS type, ${EDGE_COLUMNS('r')} LIMIT $limit`,
    quoteIdsBySpeaker: (label: EntityType) =>
      `MATCH (n:${label} {id: $id})-[:SAID]->(q:Quote) RETURN q.id AS id ORDER BY q.document, q.startOffset LIMIT $limit`,
    quoteIdsAbout: (label: EntityType) =>
      `MATCH (q:Quote)-[:ABOUT]->(n:${label} {id: $id}) RETURN q.id AS id ORDER BY q.document, q.startOffset LIMIT $limit`,
    /** One row per quote and subject; the adapter groups them. */
    quoteDetails:
      'MATCH (q:Quote)-[:`IN`]->(d:Document) WHERE q.id IN $ids ' +
      'OPTIONAL MATCH (s)-[:SAID]->(q) ' +
      'OPTIONAL MATCH (q)-[:ABOUT]->(a) ' +
      'RETURN q.id AS id, q.text AS text, q.context AS context, q.startOffset AS startOffset, q.endOffset AS endOffset, q.via AS via, ' +
      'd.id AS documentId, d.title AS documentTitle, d.date AS documentDate, ' +
      `s.id AS speakerId, s.name AS speakerName, s.aliases AS speakerAliases, s.mentions AS speakerMentions, ${dialect.nodeLabel('s')} AS speakerLabel, ` +
      `a.id AS aboutId, a.name AS aboutName, a.aliases AS aboutAliases, a.mentions AS aboutMentions, ${dialect.nodeLabel('a')} AS aboutLabel`,
    /** Quote ids matching the filters that are given, newest document first, one page. */
    quotePage: (filters: QuoteFilters) => {
      const matches = ['MATCH (q:Quote)-[:`IN`]->(d:Document)'];
      if (filters.speaker) matches.push(`MATCH (s:${filters.speaker} {id: $speaker})-[:SAID]->(q)`);
      if (filters.about) matches.push(`MATCH (q)-[:ABOUT]->(a:${filters.about} {id: $about})`);
      const conditions = [filters.document ? 'd.id = $document' : '', filters.text ? 'toLower(q.text) CONTAINS $text' : ''].filter(Boolean);
      const where = conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '';
      return (
        `${matches.join(' ')}${where} ` +
        'RETURN DISTINCT q.id AS id, d.date AS date, q.document AS document, q.startOffset AS startOffset ' +
        'ORDER BY date DESC, document, startOffset SKIP $skip LIMIT $limit'
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
      'RETURN q.id AS id, q.startOffset AS startOffset, q.endOffset AS endOffset, q.via AS via, s.id AS speakerId, s.name AS speakerName',
    documentRelations: (type: EdgeType) =>
      `MATCH (a)-[r:${quoteName(type)}]->(b) WHERE r.document = $id ` +
      'RETURN a.id AS source, b.id AS target, r.role AS role, r.startOffset AS startOffset, r.endOffset AS endOffset',
    /** Speaker → subject counts; `filter` says which of $speakers and $subjects are given. */
    saidAbout: (filter: { speakers: boolean; subjects: boolean }) => {
      const conditions = [filter.speakers ? 's.id IN $speakers' : '', filter.subjects ? 'a.id IN $subjects' : ''].filter(Boolean);
      return (
        `MATCH (s)-[r:SAID_ABOUT]->(a)${conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : ''} ` +
        `RETURN s.id AS speakerId, s.name AS speakerName, ${dialect.nodeLabel('s')} AS speakerLabel, ` +
        `a.id AS subjectId, a.name AS subjectName, ${dialect.nodeLabel('a')} AS subjectLabel, r.count AS count ` +
        'ORDER BY count DESC, speakerName, subjectName LIMIT $limit'
      );
    },
  };
}

/** Which filters a quote page has; speaker and about are given as the label of their entity id. */
export interface QuoteFilters {
  speaker?: EntityType;
  about?: EntityType;
  document?: boolean;
  text?: boolean;
}

export type ReadQueries = ReturnType<typeof createReadQueries>;
