import { DOCUMENT_LIST_QUERY, MENTIONS_QUERY, QUOTE_DOCUMENTS_QUERY } from './cypher/explorer-queries.ts';
import type { EvidenceLookups } from './graph/element-evidence.ts';
import type { DocumentInfo } from './graph/evidence-filter.ts';
import type { EntityType } from '../model/graph-model.ts';
import type { CypherCheck, QueryResult } from '../contract/cypher.ts';
import type { DocumentView } from '../contract/documents.ts';
import type { EntityDetail, EntitySummary, SearchAnswer } from '../contract/entities.ts';
import type { GraphElements } from '../contract/graph.ts';
import type { Health } from '../contract/health.ts';
import type { EntityQuotes, QuoteFilters, QuotePage } from '../contract/quotes.ts';
import type { SaidAboutAnswer, SaidAboutCell, SaidAboutFilters } from '../contract/said-about.ts';
import type { Timeline, TimelineQuery } from '../contract/timeline.ts';

/** A failed API call: the server's `{ code, message }`, or a code of our own for network trouble. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: string,
    message: string,
    /** HTTP status, or 0 when the server could not be reached. */
    readonly status = 0,
  ) {
    super(message);
  }
}

/** The explorer's view of the HTTP API; components take this, tests can hand in a fake. */
export interface ApiClient {
  getHealth(): Promise<Health>;
  searchEntities(query: string, options?: { type?: EntityType; limit?: number }): Promise<EntitySummary[]>;
  getEntity(id: string): Promise<EntityDetail>;
  getNeighborhood(id: string, options?: { limit?: number }): Promise<GraphElements>;
  getQuotes(id: string): Promise<EntityQuotes>;
  getOverview(options?: { limit?: number }): Promise<GraphElements>;
  runCypher(query: string, params?: Record<string, unknown>): Promise<QueryResult>;
  /** The server's parse of a query, without running it. */
  checkCypher(query: string): Promise<CypherCheck>;
  /** Filters left out are not applied; `limit` left out is the server's default. */
  findQuotes(filters: Partial<QuoteFilters>): Promise<QuotePage>;
  getSaidAbout(filters: Partial<SaidAboutFilters>): Promise<SaidAboutCell[]>;
  getAgencyNetwork(options?: { limit?: number }): Promise<GraphElements>;
  /** Bars per day or week for the archive, or for one entity. */
  getTimeline(query: Partial<TimelineQuery>): Promise<Timeline>;
  getDocument(id: string): Promise<DocumentView>;
  /** Every article with its title and date, latest first. */
  listDocuments(): Promise<DocumentInfo[]>;
  /** The articles behind drawn elements: those mentioning `entities`, and those quoting each speaker about each subject. */
  getEvidence(entities: readonly string[], saidAbout: { speakers: readonly string[]; subjects: readonly string[] }): Promise<EvidenceLookups>;
}

/**
 * Returns a typed client for the explorer API; a non-2xx answer rejects with an ApiError.
 * @example const health = await createApiClient().getHealth();
 */
export function createApiClient(options: { baseUrl?: string; fetch?: typeof fetch } = {}): ApiClient {
  const baseUrl = options.baseUrl ?? '';
  const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  const request = <T>(path: string, init?: RequestInit): Promise<T> => requestJson<T>(fetchImpl, baseUrl + path, init);
  const entityPath = (id: string): string => `/api/entities/${encodeURIComponent(id)}`;
  const runCypher = (query: string, params?: Record<string, unknown>): Promise<QueryResult> =>
    request<QueryResult>('/api/cypher', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, params }),
    });
  const rowsOf = async (query: string, params?: Record<string, unknown>): Promise<Record<string, unknown>[]> => {
    const result = await runCypher(query, params);
    if (result.truncated) console.warn(`The server cut the answer to ${result.rows.length} rows; the graph filters may hide too much.`);
    return result.rows;
  };

  return {
    getHealth: () => request<Health>('/api/health'),
    searchEntities: async (query, search = {}) => {
      const answer = await request<SearchAnswer>(`/api/search?${toQuery({ q: query, ...search })}`);
      return answer.results;
    },
    getEntity: (id) => request<EntityDetail>(entityPath(id)),
    getNeighborhood: (id, limits = {}) => request<GraphElements>(`${entityPath(id)}/neighborhood?${toQuery(limits)}`),
    getQuotes: (id) => request<EntityQuotes>(`${entityPath(id)}/quotes`),
    getOverview: (limits = {}) => request<GraphElements>(`/api/overview?${toQuery(limits)}`),
    runCypher,
    checkCypher: (query) =>
      request<CypherCheck>('/api/cypher/check', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      }),
    findQuotes: (filters) => request<QuotePage>(`/api/quotes?${toQuery({ ...filters })}`),
    getSaidAbout: async ({ speakers, subjects, from, to, limit }) => {
      const query = toQuery({ speakers: speakers?.join(','), subjects: subjects?.join(','), from, to, limit });
      return (await request<SaidAboutAnswer>(`/api/said-about?${query}`)).cells;
    },
    getAgencyNetwork: (limits = {}) => request<GraphElements>(`/api/agencies/network?${toQuery(limits)}`),
    getTimeline: (query) => request<Timeline>(`/api/timeline?${toQuery({ ...query })}`),
    getDocument: (id) => request<DocumentView>(`/api/documents/${encodeURIComponent(id)}`),
    listDocuments: async () =>
      (await rowsOf(DOCUMENT_LIST_QUERY)).map((row) => ({
        id: String(row['id']),
        title: String(row['title'] ?? ''),
        date: typeof row['date'] === 'string' && row['date'] !== '' ? row['date'] : null,
      })),
    getEvidence: async (entities, { speakers, subjects }) => {
      const [mentions, quotes] = await Promise.all([
        entities.length > 0 ? rowsOf(MENTIONS_QUERY, { ids: entities }) : [],
        speakers.length > 0 && subjects.length > 0 ? rowsOf(QUOTE_DOCUMENTS_QUERY, { speakers, subjects }) : [],
      ]);
      return {
        mentions: mentions.map((row) => ({ node: String(row['node']), document: String(row['document']) })),
        quotes: quotes.map((row) => ({ speaker: String(row['speaker']), subject: String(row['subject']), document: String(row['document']) })),
      };
    },
  };
}

/** One JSON request: the parsed body of a 2xx answer, else an ApiError with the server's code and message. */
export async function requestJson<T>(fetchImpl: typeof fetch, url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetchImpl(url, { ...init, headers: { accept: 'application/json', ...init?.headers } });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ApiError('NETWORK_ERROR', `Could not reach the server for ${url} (${reason}). Is it running?`);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    if (isErrorBody(body)) throw new ApiError(body.code, body.message, response.status);
    throw new ApiError(`HTTP_${response.status}`, `${url} answered ${response.status} ${response.statusText}`.trim(), response.status);
  }
  if (body === null) throw new ApiError('BAD_RESPONSE', `${url} answered ${response.status} without a JSON body`, response.status);
  return body as T;
}

function isErrorBody(body: unknown): body is { code: string; message: string } {
  if (typeof body !== 'object' || body === null) return false;
  const { code, message } = body as Record<string, unknown>;
  return typeof code === 'string' && typeof message === 'string';
}

function toQuery(values: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') query.set(key, String(value));
  }
  return query.toString();
}
