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
        summary: 'Nodes one hop away and the edges among them, never an edge with a missing end',
        parameters: [idParam, limitParam(500, 100)],
        responses: { 200: { description: 'graph', ...json(ref('GraphElements')) }, 404: error('unknown id') },
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
        summary: 'Quotes by speaker and/or about a subject (both: the quotes that match both)',
        parameters: [
          { name: 'speaker', in: 'query', schema: { type: 'string' } },
          { name: 'about', in: 'query', schema: { type: 'string' } },
          limitParam(500, 50),
        ],
        responses: { 200: { description: 'quotes', ...json({ type: 'object', properties: { quotes: { type: 'array', items: ref('Quote') } } }) }, 400: error('neither speaker nor about') },
      },
    },
    '/api/cypher': {
      post: {
        summary: 'A read-only Cypher query; writes, schema changes, file loads and write procedures are refused',
        requestBody: json({ type: 'object', required: ['query'], properties: { query: { type: 'string', maxLength: 20000 }, params: { type: 'object' } } }),
        responses: {
          200: { description: 'result', ...json(ref('QueryResult')) },
          400: error('a write, a syntax error, or the time limit (codes CYPHER_WRITE_REFUSED, CYPHER_INVALID, CYPHER_TIMEOUT)'),
          429: error('rate limited'),
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
          200: { description: 'one outcome per article: ingested, unchanged, or failed with stage and reason', ...json({ type: 'object' }) },
          400: error('bad input'),
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
