import { z } from 'zod';
import { ENTITY_TYPES } from '../../model/graph-model.ts';
import { REL_TABLES, quoteName } from '../../model/graph-model.ts';
import { toRowDecoder } from './row-decoder.ts';
import type { Statement } from './write-queries.ts';

/** Relationship types that carry evidence, and so belong to one document. */
const EVIDENCE_TYPES = REL_TABLES.filter((table) => 'document' in table.properties).map((table) => table.type);

/** Reads the entities a document mentions, before deleting it: those left unmentioned go with it. */
export const MENTIONED_BY_DOCUMENTS =
  'MATCH (d:Document)-[:MENTIONS]->(e) WHERE d.id IN $ids RETURN DISTINCT e.id AS id';
export const decodeMentionedByDocuments = toRowDecoder('mentionedByDocuments', { id: z.string() });

/**
 * The statements that take documents out of the graph: their summary counts, evidence edges, quotes,
 * the documents, and then the entities no remaining document mentions. Both backends run them.
 */
export function toDeleteStatements(documentIds: string[], mentionedIds: string[]): Statement[] {
  const ids = { ids: documentIds };
  const statements: Statement[] = [
    {
      query:
        'MATCH (s)-[:SAID]->(q:Quote)-[:ABOUT]->(a) WHERE q.document IN $ids AND s.id <> a.id ' +
        "WITH s, a, count(q) AS n, sum(CASE WHEN q.kind = 'indirect' THEN 1 ELSE 0 END) AS reported " +
        'MATCH (s)-[r:SAID_ABOUT]->(a) SET r.count = r.count - n, r.indirect = r.indirect - reported, r.direct = r.direct - (n - reported)',
      params: ids,
    },
    { query: 'MATCH ()-[r:SAID_ABOUT]->() WHERE r.count <= 0 DELETE r', params: {} },
    {
      query: 'MATCH (d:Document)-[m:MENTIONS]->(e) WHERE d.id IN $ids SET e.mentions = e.mentions - m.count',
      params: ids,
    },
    ...EVIDENCE_TYPES.map((type) => ({
      query: `MATCH ()-[r:${quoteName(type)}]->() WHERE r.document IN $ids DELETE r`,
      params: ids,
    })),
    { query: 'MATCH (q:Quote) WHERE q.document IN $ids DETACH DELETE q', params: ids },
    { query: 'MATCH (d:Document) WHERE d.id IN $ids DETACH DELETE d', params: ids },
  ];
  if (mentionedIds.length > 0) {
    for (const label of ENTITY_TYPES) {
      statements.push({
        // count(d.id), not count(m): once an edge out of a document has been deleted, Kuzu 0.11 still walks
        // from the entity to that document after DETACH DELETE removes it, as a node without an id
        query:
          `MATCH (e:${label}) WHERE e.id IN $ids ` +
          'OPTIONAL MATCH (e)<-[:MENTIONS]-(d:Document) WITH e, count(d.id) AS mentions WHERE mentions = 0 DETACH DELETE e',
        params: { ids: mentionedIds },
      });
    }
  }
  return statements;
}
