import { toCorrectionRequest, type Correction } from '../model/corrections.ts';
import { NotFoundError } from '../model/errors.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { createExtractPool } from './extract-pool.ts';
import type { IngestOptions } from './index.ts';
import { toArticleFormat } from './read-article.ts';

interface StoredArticle {
  id: string;
  source: string;
  text: string;
  ingestedAt: string;
}

const MENTIONING = 'MATCH (d:Document)-[:MENTIONS]->(e) WHERE e.id IN $ids RETURN DISTINCT d.id AS id, d.source AS source, d.text AS text, d.ingestedAt AS ingestedAt';
const HOLDING_QUOTE = 'MATCH (q:Quote)-[:IN]->(d:Document) WHERE q.id = $id RETURN d.id AS id, d.source AS source, d.text AS text, d.ingestedAt AS ingestedAt';
const CONTAINING = 'MATCH (d:Document) WHERE d.text CONTAINS $name RETURN d.id AS id, d.source AS source, d.text AS text, d.ingestedAt AS ingestedAt';

function toArticles(rows: Record<string, unknown>[]): StoredArticle[] {
  return rows.map((row) => ({ id: String(row.id), source: String(row.source), text: String(row.text), ingestedAt: String(row.ingestedAt) }));
}

/**
 * The documents whose part of the graph a correction changed: those that mention what it left in the
 * graph (a merge's target holds every mention of the merged), the quote's document, and for a deletion
 * every text that holds one of the deleted names.
 */
async function touchedArticles(store: GraphStore, correction: Correction): Promise<StoredArticle[]> {
  const request = toCorrectionRequest(correction);
  const read = async (query: string, params: Record<string, unknown>) => toArticles((await store.runReadQuery(query, { params, rowLimit: 100_000 })).rows);
  const found: StoredArticle[] = [];
  switch (request.action) {
    case 'merge':
      found.push(...(await read(MENTIONING, { ids: [request.into, ...request.entities] })));
      break;
    case 'split':
      found.push(...(await read(MENTIONING, { ids: [request.entity, ...(correction.facts.newId ? [correction.facts.newId] : [])] })));
      break;
    case 'rename':
      found.push(...(await read(MENTIONING, { ids: [request.entity] })));
      break;
    case 'retype':
      found.push(...(await read(MENTIONING, { ids: [request.entity, correction.facts.newId ?? request.entity] })));
      break;
    case 'delete':
      for (const name of correction.facts.names ?? []) found.push(...(await read(CONTAINING, { name })));
      break;
    case 'set-speaker':
      found.push(...(await read(HOLDING_QUOTE, { id: request.quote })));
      break;
    case 'reject-relation':
      found.push(...(await read(MENTIONING, { ids: [request.from, request.to] })));
      break;
  }
  return [...new Map(found.map((article) => [article.id, article])).values()];
}

/**
 * Undoes a correction so the graph is as if it had never been made: the documents it touched are
 * extracted again from their stored text, then the store marks it undone, puts those extractions in
 * the documents' place and replays the corrections still in force, all in one transaction, so a
 * process killed half-way changes nothing. Throws a NotFoundError for an unknown id. Returns the
 * correction and how many documents were derived again.
 */
export async function undoCorrection(
  store: GraphStore,
  id: string,
  options: Pick<IngestOptions, 'pool' | 'workers'> & { onExtracted?: (count: number) => void } = {},
): Promise<{ correction: Correction; rederived: number }> {
  const corrections = await store.listCorrections();
  const correction = corrections.find((each) => each.id === id);
  if (!correction) throw new NotFoundError(`id: no correction has the id "${id}".`);
  if (correction.undone) return { correction, rederived: 0 };
  // read before the undo: the touched documents are found through what the correction left in the graph
  const articles = await touchedArticles(store, correction);
  const pool = options.pool ?? createExtractPool(options.workers ?? 0);
  let items;
  try {
    items = await Promise.all(
      articles.map(async (article) => ({
        extraction: await pool.extract({ source: article.source, format: toArticleFormat(article.source) ?? 'txt', text: article.text }),
        meta: { source: article.source, ingestedAt: article.ingestedAt, text: article.text },
      })),
    );
  } finally {
    if (!options.pool) await pool.close();
  }
  options.onExtracted?.(items.length);
  const undone = await store.undoCorrection(id, { documents: articles.map((article) => article.id), items });
  if (!undone) throw new NotFoundError(`id: no correction has the id "${id}".`);
  return { correction: undone, rederived: articles.length };
}
