/** The API's OpenAPI 3.1 description, served at /api/openapi.json. */

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const error = (description: string) => ({ description, ...json(ref('Error')) });
const idParam = { name: 'id', in: 'path', required: true, description: 'Entity id, e.g. person:imogen-halvorsen', schema: { type: 'string' } };
const limitParam = (max: number, fallback: number) => ({
  name: 'limit',
  in: 'query',
  schema: { type: 'integer', minimum: 1, maximum: max, default: fallback },
});

const entitySummary = {
  type: 'object',
  required: ['id', 'type', 'name', 'aliases', 'mentions'],
  properties: {
    id: { type: 'string' },
    type: ref('EntityType'),
    name: { type: 'string' },
    aliases: { type: 'array', items: { type: 'string' } },
    mentions: { type: 'integer' },
  },
};

const graphElements = {
  type: 'object',
  required: ['nodes', 'edges'],
  properties: {
    nodes: {
      type: 'array',
      items: { type: 'object', properties: { id: { type: 'string' }, label: { type: 'string' }, name: { type: 'string' }, properties: { type: 'object' } } },
    },
    edges: {
      type: 'array',
      items: {
        type: 'object',
        properties: { id: { type: 'string' }, type: { type: 'string' }, source: { type: 'string' }, target: { type: 'string' }, properties: { type: 'object' } },
      },
    },
  },
};

const quote = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    text: { type: 'string' },
    context: { type: 'string', description: 'the sentence around the quote' },
    start: { type: 'integer' },
    end: { type: 'integer' },
    via: { type: ['string', 'null'] },
    speaker: { oneOf: [ref('EntitySummary'), { type: 'null' }] },
    about: { type: 'array', items: ref('EntitySummary') },
    document: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' }, date: { type: ['string', 'null'] } } },
  },
};

export const openApiDocument = {
  openapi: '3.1.0',
  info: { title: 'News graph API', version: '0.1.0', description: 'Who said what about whom, from news articles.' },
  paths: {
    '/api/health': {
      get: { summary: 'Status, backend and counts', responses: { 200: { description: 'ok', ...json(ref('Health')) }, 503: error('store unavailable') } },
    },
    '/api/search': {
      get: {
        summary: 'Entities by name or alias (case and accents ignored), exact matches first, then by mentions',
        parameters: [
          { name: 'q', in: 'query', required: true, schema: { type: 'string', minLength: 1, maxLength: 200 } },
          { name: 'type', in: 'query', schema: ref('EntityType') },
          limitParam(100, 20),
        ],
        responses: { 200: { description: 'matches', ...json({ type: 'object', properties: { results: { type: 'array', items: ref('EntitySummary') } } }) }, 400: error('bad input') },
      },
    },
    '/api/overview': {
      get: { summary: 'The most-mentioned entities and the edges among them', parameters: [limitParam(500, 80)], responses: { 200: { description: 'graph', ...json(ref('GraphElements')) } } },
    },
    '/api/entities/{id}': {
      get: { summary: 'One entity: aliases, roles, documents, quote counts', parameters: [idParam], responses: { 200: { description: 'entity', ...json(ref('EntityDetail')) }, 404: error('unknown id') } },
    },
    '/api/entities/{id}/neighborhood': {
      get: {
        summary: 'Nodes one hop away (the most mentioned, events after the other entities) and the edges among them, never an edge with a missing end',
        parameters: [
          idParam,
          limitParam(500, 100),
          { name: 'depth', in: 'query', schema: { enum: [1, 2], default: 1 } },
          { name: 'types', in: 'query', description: 'comma-separated entity types of the neighbours', schema: { type: 'string' } },
          { name: 'relations', in: 'query', description: 'comma-separated relationship types of the edges', schema: { type: 'string' } },
        ],
        responses: { 200: { description: 'graph', ...json(ref('GraphElements')) }, 400: error('bad input'), 404: error('unknown id') },
      },
    },
    '/api/entities/{id}/quotes': {
      get: {
        summary: 'Quotes the entity said and quotes about it',
        parameters: [idParam],
        responses: {
          200: { description: 'quotes', ...json({ type: 'object', properties: { said: { type: 'array', items: ref('Quote') }, about: { type: 'array', items: ref('Quote') } } }) },
          404: error('unknown id'),
        },
      },
    },
    '/api/quotes': {
      get: {
        summary: 'Quotes matching every filter given (speaker, subject, document, words), newest first, paged',
        parameters: [
          { name: 'speaker', in: 'query', description: 'entity id of the speaker', schema: { type: 'string' } },
          { name: 'about', in: 'query', description: 'entity id of a subject', schema: { type: 'string' } },
          { name: 'document', in: 'query', description: 'document id', schema: { type: 'string' } },
          { name: 'q', in: 'query', description: 'words in the quote, case ignored', schema: { type: 'string' } },
          { name: 'cursor', in: 'query', description: 'nextCursor of the previous page', schema: { type: 'integer', minimum: 0 } },
          limitParam(200, 50),
        ],
        responses: {
          200: {
            description: 'a page of quotes',
            ...json({ type: 'object', properties: { quotes: { type: 'array', items: ref('Quote') }, nextCursor: { type: ['integer', 'null'] } } }),
          },
          400: error('bad input'),
        },
      },
    },
    '/api/said-about': {
      get: {
        summary: 'Who said what about whom: speaker → subject quote counts, largest first',
        parameters: [
          { name: 'speakers', in: 'query', description: 'comma-separated entity ids', schema: { type: 'string' } },
          { name: 'subjects', in: 'query', description: 'comma-separated entity ids', schema: { type: 'string' } },
          limitParam(2000, 200),
        ],
        responses: { 200: { description: 'cells', ...json({ type: 'object', properties: { cells: { type: 'array', items: ref('SaidAboutCell') } } }) }, 400: error('bad input') },
      },
    },
    '/api/agencies/network': {
      get: {
        summary: 'Agencies and organizations with the relations among them',
        parameters: [limitParam(1000, 200)],
        responses: { 200: { description: 'graph', ...json(ref('GraphElements')) } },
      },
    },
    '/api/documents/{id}': {
      get: {
        summary: 'A document with the spans of its mentions, quotes and relations',
        parameters: [{ name: 'id', in: 'path', required: true, description: 'SHA-256 of the text', schema: { type: 'string', pattern: '^[0-9a-f]{64}$' } }],
        responses: { 200: { description: 'document', ...json(ref('DocumentView')) }, 400: error('not a document id'), 404: error('unknown id') },
      },
    },
    '/api/cypher': {
      post: {
        summary: 'A read-only Cypher query; writes, schema changes, file loads and write procedures are refused',
        requestBody: json({ type: 'object', required: ['query'], properties: { query: { type: 'string', maxLength: 20000 }, params: { type: 'object' } } }),
        responses: {
          200: { description: 'result', ...json(ref('QueryResult')) },
          400: error('a write, a syntax error, the time limit or the memory limit (codes CYPHER_WRITE_REFUSED, CYPHER_INVALID, CYPHER_TIMEOUT, CYPHER_TOO_LARGE)'),
          429: error('rate limited'),
          503: error('CYPHER_BUSY: as many queries running and waiting as allowed, or this one waited too long; the Retry-After header says when to try again'),
        },
      },
    },
    '/api/cypher/check': {
      post: {
        summary: 'Checks a query without running it, with the same parse /api/cypher uses: syntax, writes, forms this backend cannot run',
        requestBody: json({ type: 'object', required: ['query'], properties: { query: { type: 'string', maxLength: 20000 } } }),
        responses: {
          200: {
            description: '{ok: true}, or {ok: false, code, message} with the line and column in the message',
            ...json({ type: 'object', properties: { ok: { type: 'boolean' }, code: { type: 'string' }, message: { type: 'string' } } }),
          },
          400: error('bad input'),
        },
      },
    },
    '/api/ingest': {
      post: {
        summary: 'Ingest articles sent as JSON or as uploaded files (multipart field "files"); needs Authorization: Bearer INGEST_TOKEN',
        security: [{ bearer: [] }],
        requestBody: {
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['articles'],
                properties: {
                  articles: {
                    type: 'array',
                    minItems: 1,
                    maxItems: 50,
                    items: { type: 'object', required: ['name', 'text'], properties: { name: { type: 'string' }, text: { type: 'string' }, format: { enum: ['txt', 'md', 'html'] } } },
                  },
                },
              },
            },
            'multipart/form-data': { schema: { type: 'object', properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } } } } },
          },
        },
        responses: {
          200: { description: 'counts (ingested, replaced, unchanged, failed) and one outcome per article: ingested, replaced, unchanged, or failed with stage and reason', ...json({ type: 'object' }) },
          400: error('bad input, or an upload that cannot be read (INVALID_UPLOAD: wrong field, too many files, no boundary)'),
          413: error('UPLOAD_TOO_LARGE: a file over the size of one article'),
          401: error('missing or wrong token'),
          403: error('no INGEST_TOKEN configured: ingest over HTTP is off'),
          429: error('rate limited'),
        },
      },
    },
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    schemas: {
      Error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } },
      EntityType: { enum: ['Person', 'Agency', 'Organization', 'Place', 'Event'] },
      EntitySummary: entitySummary,
      EntityDetail: {
        allOf: [
          ref('EntitySummary'),
          {
            type: 'object',
            properties: {
              kind: { type: ['string', 'null'] },
              roles: { type: 'array', items: { type: 'object', properties: { role: { type: ['string', 'null'] }, organization: ref('EntitySummary') } } },
              documents: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' }, date: { type: ['string', 'null'] } } } },
              quotesSaid: { type: 'integer' },
              quotesAbout: { type: 'integer' },
            },
          },
        ],
      },
      GraphElements: graphElements,
      SaidAboutCell: {
        type: 'object',
        properties: {
          speaker: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, type: ref('EntityType') } },
          subject: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, type: ref('EntityType') } },
          count: { type: 'integer' },
        },
      },
      DocumentView: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          title: { type: 'string' },
          date: { type: ['string', 'null'] },
          source: { type: 'string' },
          ingestedAt: { type: 'string' },
          text: { type: 'string' },
          mentions: { type: 'array', items: { type: 'object', properties: { entityId: { type: 'string' }, type: ref('EntityType'), name: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' } } } },
          quotes: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' }, via: { type: ['string', 'null'] }, speaker: { type: ['object', 'null'] } } } },
          relations: { type: 'array', items: { type: 'object', properties: { type: { type: 'string' }, source: { type: 'string' }, target: { type: 'string' }, role: { type: ['string', 'null'] }, start: { type: 'integer' }, end: { type: 'integer' } } } },
        },
      },
      Quote: quote,
      QueryResult: {
        type: 'object',
        properties: {
          columns: { type: 'array', items: { type: 'string' } },
          rows: { type: 'array', items: { type: 'object' } },
          graph: ref('GraphElements'),
          truncated: { type: 'boolean', description: 'true when the row limit cut the answer' },
        },
      },
      Health: {
        type: 'object',
        properties: {
          status: { const: 'ok' },
          backend: { enum: ['embedded', 'neo4j'] },
          counts: {
            type: 'object',
            properties: {
              documents: { type: 'integer' },
              entities: { type: 'object', additionalProperties: { type: 'integer' } },
              quotes: { type: 'integer' },
              relations: { type: 'integer' },
            },
          },
        },
      },
    },
  },
} as const;
