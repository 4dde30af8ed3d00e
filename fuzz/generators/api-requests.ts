import fc from 'fast-check';
import { cypherCases } from './cypher-queries.ts';

/** One generated API request, tagged with the endpoint shape it was built for. */
export interface ApiCase {
  shape: string;
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

/** Ids of the sample graph, and ids that are not there or not ids at all. */
const IDS = [
  'person:imogen-halvorsen', 'agency:department-of-coastal-resilience', 'place:port-alder', 'event:nope', 'quote:x', 'person:', ':', 'x',
  'person:' + 'a'.repeat(299), 'a'.repeat(301), '%00', '..%2F..%2Fetc%2Fpasswd', '%E2%80%AE', '%F0%9F%98%80', '%ZZ',
];

/** Query-string values: numbers at the edges, text of every kind, and what is not a number at all. */
const values = fc.oneof(
  fc.constantFrom('0', '1', '-1', '2.5', '1e3', '1e300', '9007199254740991', '9007199254740993', '18446744073709551616', 'NaN', 'Infinity', '0x10', '', ' ', 'null', '[]'),
  fc.integer({ min: -10, max: 100_000 }).map(String),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
).map((value) => encodeURIComponent(value));

const query = (names: readonly string[]) =>
  fc
    .array(fc.tuple(fc.constantFrom(...names, 'x'), values), { maxLength: 5 })
    .map((pairs) => (pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`));

const id = fc.oneof(fc.constantFrom(...IDS), fc.string({ maxLength: 20 }).map((s) => encodeURIComponent(s) || 'x'));

/** The endpoints and the parameters each reads. */
const SHAPES: Record<string, fc.Arbitrary<Omit<ApiCase, 'shape'>>> = {
  quotes: query(['speaker', 'about', 'document', 'q', 'kind', 'from', 'to', 'cursor', 'limit']).map((qs) => ({ method: 'GET', path: `/api/quotes${qs}` })),
  'quotes-cursor': fc
    .tuple(fc.constantFrom('0', '5', '80', '81', '1000', '100000', '9007199254740991', '1e300', '-1'), fc.constantFrom('1', '50', '200'))
    .map(([cursor, limit]) => ({ method: 'GET', path: `/api/quotes?cursor=${cursor}&limit=${limit}` })),
  search: query(['q', 'type', 'limit']).map((qs) => ({ method: 'GET', path: `/api/search${qs}` })),
  entity: id.map((each) => ({ method: 'GET', path: `/api/entities/${each}` })),
  neighbourhood: fc
    .tuple(id, query(['limit', 'depth', 'types', 'relations']))
    .map(([each, qs]) => ({ method: 'GET', path: `/api/entities/${each}/neighborhood${qs}` })),
  'entity-quotes': id.map((each) => ({ method: 'GET', path: `/api/entities/${each}/quotes` })),
  overview: query(['limit']).map((qs) => ({ method: 'GET', path: `/api/overview${qs}` })),
  'said-about': query(['speakers', 'subjects', 'limit']).map((qs) => ({ method: 'GET', path: `/api/said-about${qs}` })),
  agencies: query(['limit']).map((qs) => ({ method: 'GET', path: `/api/agencies/network${qs}` })),
  timeline: query(['entity', 'bucket']).map((qs) => ({ method: 'GET', path: `/api/timeline${qs}` })),
  document: fc.oneof(id, fc.stringMatching(/^[0-9a-f]{64}$/)).map((each) => ({ method: 'GET', path: `/api/documents/${each}` })),
  'cypher-check': cypherCases.map(({ query: text }) => ({ method: 'POST', path: '/api/cypher/check', body: { query: text } })),
  'cypher-body': fc
    .oneof(
      fc.constantFrom('{', 'null', '[]', '"x"', '{"query": 1}', '{"query": "RETURN 1", "params": []}', '{"query": "RETURN 1", "params": null}', '{"query": ""}'),
      fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify({ query: 'RETURN $p AS v', params: value })),
    )
    .map((body) => ({ method: 'POST', path: '/api/cypher', body })),
};

export const API_SHAPES = Object.keys(SHAPES);

/** Requests to every read endpoint, tagged with their shape. */
export const apiCases: fc.Arbitrary<ApiCase> = fc.oneof(...Object.entries(SHAPES).map(([shape, arbitrary]) => arbitrary.map((each) => ({ shape, ...each }))));
