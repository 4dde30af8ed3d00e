// The explorer's own reads over POST /api/cypher, for what the HTTP API has no route for yet.
// Parameterised: ids travel as $params, never spliced into the text.

/**
 * Every article with its title and date, latest first. The date filter tests each article against this
 * list, so it must hold the archive (the 500 it once held left most of an 840-article archive out of
 * every filter); 5,000 is the Cypher endpoint's default row limit.
 */
export const DOCUMENT_LIST_QUERY = 'MATCH (d:Document) RETURN d.id AS id, d.title AS title, d.date AS date ORDER BY d.date DESC LIMIT 5000';

/** Which articles mention the entities in `$ids`. */
export const MENTIONS_QUERY = 'MATCH (d:Document)-[:MENTIONS]->(e) WHERE e.id IN $ids RETURN DISTINCT e.id AS node, d.id AS document';

/** Which articles hold quotes of the `$speakers` about the `$subjects`: the articles behind SAID_ABOUT edges. */
export const QUOTE_DOCUMENTS_QUERY =
  'MATCH (s)-[:SAID]->(q:Quote)-[:ABOUT]->(x) WHERE s.id IN $speakers AND x.id IN $subjects ' +
  'RETURN DISTINCT s.id AS speaker, x.id AS subject, q.document AS document';
