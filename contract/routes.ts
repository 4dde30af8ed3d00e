import type { z } from 'zod';
import { correctionAnswerSchema, correctionListSchema, correctionParamsSchema, createCorrectionBodySchema, undoAnswerSchema } from './corrections.ts';
import { cypherCheckSchema, cypherRequestSchema, queryResultSchema } from './cypher.ts';
import { documentParamsSchema, documentViewSchema } from './documents.ts';
import { entityDetailSchema, entityParamsSchema, searchAnswerSchema, searchQuerySchema } from './entities.ts';
import { errorBodySchema } from './errors.ts';
import { agencyNetworkQuerySchema, graphElementsSchema, neighborhoodQuerySchema, overviewQuerySchema } from './graph.ts';
import { healthSchema } from './health.ts';
import { ingestAnswerSchema, ingestRequestSchema, ingestUploadSchema } from './ingest.ts';
import { entityQuotesSchema, quoteFiltersSchema, quotePageSchema } from './quotes.ts';
import { saidAboutAnswerSchema, saidAboutFiltersSchema } from './said-about.ts';
import { timelineQuerySchema, timelineSchema } from './timeline.ts';

/** One answer a route may give: what it means and the schema of its JSON body. */
export interface RouteAnswer {
  description: string;
  schema: z.ZodType;
}

/** One API route: where it is, what it takes, and what it answers by status. */
export interface RouteDefinition {
  method: 'get' | 'post' | 'delete';
  /** As Express writes it, e.g. `/api/entities/:id`. */
  path: `/api/${string}`;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** The JSON body. */
  body?: z.ZodType;
  /** The body as multipart/form-data uploads, when the route also takes files. */
  upload?: z.ZodObject;
  /** The route needs `Authorization: Bearer <token>`. */
  bearerAuth?: boolean;
  responses: Readonly<Record<number, RouteAnswer>>;
}

const answer = (description: string, schema: z.ZodType): RouteAnswer => ({ description, schema });
const failure = (description: string): RouteAnswer => ({ description, schema: errorBodySchema });

/**
 * Every API route. The server validates each route's input with the schemas here, and the OpenAPI
 * document is generated from this table; keys name the operations.
 */
export const apiRoutes = {
  getHealth: {
    method: 'get',
    path: '/api/health',
    summary: 'Status, backend and counts',
    responses: { 200: answer('ok', healthSchema), 503: failure('store unavailable') },
  },
  searchEntities: {
    method: 'get',
    path: '/api/search',
    summary: 'Entities by name or alias (case and accents ignored), exact matches first, then by mentions',
    query: searchQuerySchema,
    responses: { 200: answer('matches', searchAnswerSchema), 400: failure('bad input') },
  },
  getOverview: {
    method: 'get',
    path: '/api/overview',
    summary: 'The most-mentioned entities and the edges among them',
    query: overviewQuerySchema,
    responses: { 200: answer('graph', graphElementsSchema), 400: failure('bad input') },
  },
  getEntity: {
    method: 'get',
    path: '/api/entities/:id',
    summary: 'One entity: aliases, roles, documents, quote counts',
    params: entityParamsSchema,
    responses: { 200: answer('entity', entityDetailSchema), 400: failure('bad input'), 404: failure('unknown id') },
  },
  getNeighborhood: {
    method: 'get',
    path: '/api/entities/:id/neighborhood',
    summary:
      'Nodes one hop away (the most mentioned, events after the other entities) and the edges among them, never an edge with a missing end',
    params: entityParamsSchema,
    query: neighborhoodQuerySchema,
    responses: { 200: answer('graph', graphElementsSchema), 400: failure('bad input'), 404: failure('unknown id') },
  },
  getQuotes: {
    method: 'get',
    path: '/api/entities/:id/quotes',
    summary: 'Quotes the entity said and quotes about it',
    params: entityParamsSchema,
    responses: { 200: answer('quotes', entityQuotesSchema), 400: failure('bad input'), 404: failure('unknown id') },
  },
  findQuotes: {
    method: 'get',
    path: '/api/quotes',
    summary: 'Quotes matching every filter given (speaker, subject, document, words), newest first, paged',
    query: quoteFiltersSchema,
    responses: { 200: answer('a page of quotes', quotePageSchema), 400: failure('bad input') },
  },
  getSaidAbout: {
    method: 'get',
    path: '/api/said-about',
    summary: 'Who said what about whom: speaker → subject quote counts, largest first',
    query: saidAboutFiltersSchema,
    responses: { 200: answer('cells', saidAboutAnswerSchema), 400: failure('bad input') },
  },
  getAgencyNetwork: {
    method: 'get',
    path: '/api/agencies/network',
    summary: 'Agencies and organizations with the relations among them',
    query: agencyNetworkQuerySchema,
    responses: { 200: answer('graph', graphElementsSchema), 400: failure('bad input') },
  },
  getTimeline: {
    method: 'get',
    path: '/api/timeline',
    summary: 'Quotes, reported statements and events per day or week of their articles, for the archive or one entity',
    query: timelineQuerySchema,
    responses: { 200: answer('bars, oldest first', timelineSchema), 400: failure('bad input') },
  },
  getDocument: {
    method: 'get',
    path: '/api/documents/:id',
    summary: 'A document with the spans of its mentions, quotes and relations',
    params: documentParamsSchema,
    responses: { 200: answer('document', documentViewSchema), 400: failure('not a document id'), 404: failure('unknown id') },
  },
  runCypher: {
    method: 'post',
    path: '/api/cypher',
    summary: 'A read-only Cypher query; writes, schema changes, file loads and write procedures are refused',
    body: cypherRequestSchema,
    responses: {
      200: answer('result', queryResultSchema),
      400: failure('a write, a syntax error, the time limit or the memory limit (codes CYPHER_WRITE_REFUSED, CYPHER_INVALID, CYPHER_TIMEOUT, CYPHER_TOO_LARGE)'),
      429: failure('rate limited'),
      503: failure('CYPHER_BUSY: as many queries running and waiting as allowed, or this one waited too long; the Retry-After header says when to try again'),
    },
  },
  checkCypher: {
    method: 'post',
    path: '/api/cypher/check',
    summary: 'Checks a query without running it, with the same parse /api/cypher uses: syntax, writes, forms this backend cannot run',
    body: cypherRequestSchema,
    responses: {
      200: answer('{ok: true}, or {ok: false, code, message} with the line and column in the message', cypherCheckSchema),
      400: failure('bad input'),
      429: failure('rate limited'),
    },
  },
  ingestArticles: {
    method: 'post',
    path: '/api/ingest',
    summary: 'Ingest articles sent as JSON or as uploaded files (multipart field "files"); needs Authorization: Bearer INGEST_TOKEN',
    body: ingestRequestSchema,
    upload: ingestUploadSchema,
    bearerAuth: true,
    responses: {
      200: answer('one outcome per article: ingested, unchanged, or failed with stage and reason', ingestAnswerSchema),
      400: failure('bad input, or an upload that cannot be read (INVALID_UPLOAD: wrong field, too many files, no boundary)'),
      401: failure('missing or wrong token'),
      413: failure('UPLOAD_TOO_LARGE: a file over the size of one article'),
      403: failure('no INGEST_TOKEN configured: ingest over HTTP is off'),
      429: failure('rate limited'),
    },
  },
  createCorrection: {
    method: 'post',
    path: '/api/corrections',
    summary:
      'A correction by hand (merge, split, rename, retype, delete, set-speaker, reject-relation), recorded and applied at once and after every ingest; ' +
      'needs Authorization: Bearer EDIT_TOKEN; the X-Editor header names who made it',
    body: createCorrectionBodySchema,
    bearerAuth: true,
    responses: {
      201: answer('the stored correction, with its id', correctionAnswerSchema),
      400: failure('an invalid correction, naming the field'),
      401: failure('missing or wrong token'),
      403: failure('no EDIT_TOKEN configured: corrections over HTTP are off'),
      404: failure('an entity or quote id the correction names is not in the graph, naming the field'),
    },
  },
  listCorrections: {
    method: 'get',
    path: '/api/corrections',
    summary:
      'The corrections log, newest first; a correction whose entity or quote is gone is kept, marked stale. ' +
      '"editing" says whether this server takes corrections (EDIT_TOKEN set), so a client offers edits only then',
    responses: { 200: answer('every correction, and whether editing is on', correctionListSchema) },
  },
  undoCorrection: {
    method: 'delete',
    path: '/api/corrections/:id',
    summary: 'Undoes a correction: the documents it touched are derived again from their text and the other corrections replayed; needs Authorization: Bearer EDIT_TOKEN',
    params: correctionParamsSchema,
    bearerAuth: true,
    responses: {
      200: answer('the correction, now undone', undoAnswerSchema),
      401: failure('missing or wrong token'),
      403: failure('no EDIT_TOKEN configured: corrections over HTTP are off'),
      404: failure('no correction has that id'),
    },
  },
} as const satisfies Record<string, RouteDefinition>;

export type RouteName = keyof typeof apiRoutes;
