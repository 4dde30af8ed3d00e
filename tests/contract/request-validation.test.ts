import { describe, expect, it } from 'vitest';
import { apiRoutes, type RouteName } from '../../contract/routes.ts';
import { parseInput } from '../../server/validate.ts';

const ENTITY_TYPES = '"Person"|"Agency"|"Organization"|"Place"|"Event"';

/** Awkward inputs and the 400 message each gets: the same words the routes gave before the contract held their schemas. */
const REFUSED = (
  [
  ['no q', 'searchEntities', 'query', {}, 'Invalid query field "q": Invalid input: expected string, received undefined'],
  ['a q of spaces', 'searchEntities', 'query', { q: '  ' }, 'Invalid query field "q": Too small: expected string to have >=1 characters'],
  ['q given twice', 'searchEntities', 'query', { q: ['a', 'b'] }, 'Invalid query field "q": Invalid input: expected string, received array'],
  ['an unknown entity type', 'searchEntities', 'query', { q: 'x', type: 'Planet' }, `Invalid query field "type": Invalid option: expected one of ${ENTITY_TYPES}`],
  ['a limit over 100', 'searchEntities', 'query', { q: 'x', limit: '101' }, 'Invalid query field "limit": Too big: expected number to be <=100'],
  ['a limit that is not a number', 'searchEntities', 'query', { q: 'x', limit: 'abc' }, 'Invalid query field "limit": Invalid input: expected number, received NaN'],
  ['a limit that is not whole', 'searchEntities', 'query', { q: 'x', limit: '1.5' }, 'Invalid query field "limit": Invalid input: expected int, received number'],
  ['a limit over 500', 'getOverview', 'query', { limit: '501' }, 'Invalid query field "limit": Too big: expected number to be <=500'],
  ['an id over 300 characters', 'getEntity', 'params', { id: 'x'.repeat(301) }, 'Invalid params field "id": Too big: expected string to have <=300 characters'],
  ['depth 3', 'getNeighborhood', 'query', { depth: '3' }, 'Invalid query field "depth": Invalid input'],
  ['a depth that is not a number', 'getNeighborhood', 'query', { depth: 'x' }, 'Invalid query field "depth": Invalid input: expected number, received NaN'],
  ['a list with an unknown entity type', 'getNeighborhood', 'query', { types: 'Person,Planet' }, `Invalid query field "types.1": Invalid option: expected one of ${ENTITY_TYPES}`],
  ['a relationship type in lower case', 'getNeighborhood', 'query', { relations: 'opposes' }, 'Invalid query field "relations.0": relationship types are upper case, e.g. OPPOSES'],
  ['a negative cursor', 'findQuotes', 'query', { cursor: '-1' }, 'Invalid query field "cursor": Too small: expected number to be >=0'],
  ['a cursor that is not whole', 'findQuotes', 'query', { cursor: '1.5' }, 'Invalid query field "cursor": Invalid input: expected int, received number'],
  ['a cursor over a million', 'findQuotes', 'query', { cursor: '1000001' }, 'Invalid query field "cursor": Too big: expected number to be <=1000000'],
  ['a limit over 200', 'findQuotes', 'query', { limit: '201' }, 'Invalid query field "limit": Too big: expected number to be <=200'],
  ['a q of one space', 'findQuotes', 'query', { q: ' ' }, 'Invalid query field "q": Too small: expected string to have >=1 characters'],
  ['a document id over 100 characters', 'findQuotes', 'query', { document: 'x'.repeat(101) }, 'Invalid query field "document": Too big: expected string to have <=100 characters'],
  ['101 speakers', 'getSaidAbout', 'query', { speakers: Array.from({ length: 101 }, (_, i) => `p:${i}`).join(',') }, 'Invalid query field "speakers": at most 100 ids'],
  ['a subject id over 300 characters', 'getSaidAbout', 'query', { subjects: 'x'.repeat(301) }, 'Invalid query field "subjects.0": Too big: expected string to have <=300 characters'],
  ['limit 0', 'getAgencyNetwork', 'query', { limit: '0' }, 'Invalid query field "limit": Too small: expected number to be >=1'],
  ['a document id in upper case', 'getDocument', 'params', { id: 'A'.repeat(64) }, 'Invalid params field "id": a document id is the 64 hex digits of its SHA-256'],
  ['a query of spaces', 'runCypher', 'body', { query: '  ' }, 'Invalid body field "query": the query is empty'],
  ['params as a list', 'runCypher', 'body', { query: 'RETURN 1', params: [1] }, 'Invalid body field "params": Invalid input: expected record, received array'],
  ['a body that is a list', 'runCypher', 'body', [1], 'Invalid body field "body": Invalid input: expected object, received array'],
  ['a body without a query', 'checkCypher', 'body', {}, 'Invalid body field "query": Invalid input: expected string, received undefined'],
  ['no articles', 'ingestArticles', 'body', { articles: [] }, 'Invalid body field "articles": send at least one article'],
  ['an article named with spaces', 'ingestArticles', 'body', { articles: [{ name: ' ', text: 'x' }] }, 'Invalid body field "articles.0.name": Too small: expected string to have >=1 characters'],
  ['an unknown format', 'ingestArticles', 'body', { articles: [{ name: 'a', text: 'x', format: 'pdf' }] }, 'Invalid body field "articles.0.format": Invalid option: expected one of "txt"|"md"|"html"'],
  ['51 articles', 'ingestArticles', 'body', { articles: Array.from({ length: 51 }, () => ({ name: 'a', text: 'x' })) }, 'Invalid body field "articles": send at most 50 articles at a time'],
  ] satisfies [string, RouteName, 'params' | 'query' | 'body', unknown, string][]
).map(([input, route, where, value, message]) => ({ input, route, where, value, message }));

const schemaOf = (name: RouteName, where: 'params' | 'query' | 'body') => (apiRoutes[name] as Partial<Record<typeof where, Parameters<typeof parseInput>[0]>>)[where]!;

describe('the route table validates requests', () => {
  it.each(REFUSED)('$route refuses $input with 400 INVALID_INPUT naming the field', ({ route, where, value, message }) => {
    expect(() => parseInput(schemaOf(route, where), value, where)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT', status: 400, message }));
  });

  it('fills the defaults and reads the query string as numbers and lists', () => {
    expect(parseInput(apiRoutes.findQuotes.query, { q: ' seawall ', cursor: '20' }, 'query')).toEqual({ q: 'seawall', cursor: 20, limit: 50 });
    expect(parseInput(apiRoutes.getNeighborhood.query, { types: 'Person, Agency,', depth: '2' }, 'query')).toEqual({ limit: 100, depth: 2, types: ['Person', 'Agency'] });
    expect(parseInput(apiRoutes.runCypher.body, { query: 'RETURN 1' }, 'body')).toEqual({ query: 'RETURN 1', params: {} });
  });
});
