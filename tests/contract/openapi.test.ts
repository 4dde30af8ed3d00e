import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createOpenApiDocument, openApiDocument } from '../../contract/openapi.ts';
import { apiRoutes } from '../../contract/routes.ts';
import { createApp } from '../../server/app.ts';
import type { GraphStore } from '../../store/graph-store.ts';
import { listExpressRoutes } from '../support/list-express-routes.ts';

/** The document's own route: served beside the API, not described in it. */
const DOCUMENT_ROUTE = 'get /api/openapi.json';

type Parameter = { name: string; in: string; description?: string; schema: object };
type Operation = { operationId: string; parameters?: Parameter[]; responses: Record<string, unknown> };
const paths = openApiDocument.paths as Record<string, Record<string, Operation>>;
const toOpenApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');
const documented = Object.entries(paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`));

describe('the OpenAPI document', () => {
  it('lists every route of the table with its parameters and answers', () => {
    for (const [name, route] of Object.entries(apiRoutes)) {
      const operation = paths[toOpenApiPath(route.path)]?.[route.method];
      expect(operation, `${route.method} ${route.path}`).toMatchObject({ operationId: name, summary: route.summary });
      const parameters = (operation!.parameters ?? []).map((parameter) => `${parameter.in} ${parameter.name}`);
      const expected = [
        ...Object.keys('params' in route ? route.params.shape : {}).map((field) => `path ${field}`),
        ...Object.keys('query' in route ? route.query.shape : {}).map((field) => `query ${field}`),
      ];
      expect(parameters, name).toEqual(expected);
      expect(Object.keys(operation!.responses), name).toEqual(Object.keys(route.responses));
    }
    expect(documented).toHaveLength(Object.keys(apiRoutes).length);
  });

  it('lists every route Express registers, and none it does not', () => {
    const app = createApp({ store: {} as GraphStore, log: () => undefined });
    const registered = listExpressRoutes(app).map(({ method, path }) => `${method} ${toOpenApiPath(path)}`);
    expect(registered).toContain(DOCUMENT_ROUTE);
    expect(registered.filter((route) => route !== DOCUMENT_ROUTE).sort()).toEqual([...documented].sort());
  });

  it('refers only to schemas it holds', () => {
    const refs = [...JSON.stringify(openApiDocument).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of new Set(refs)) expect(openApiDocument.components.schemas, ref).toHaveProperty([ref]);
  });

  it('keeps the descriptions of the parameters and fields', () => {
    const quotes = paths['/api/quotes']!.get!.parameters ?? [];
    expect(quotes.find((parameter) => parameter.name === 'q')).toMatchObject({ description: 'words in the quote, case ignored', schema: { type: 'string', maxLength: 200 } });
    expect(quotes.find((parameter) => parameter.name === 'cursor')).toMatchObject({ schema: { type: 'integer', minimum: 0, maximum: 1_000_000 } });
    expect(openApiDocument.components.schemas.QueryResult).toMatchObject({ properties: { truncated: { description: 'true when the row limit cut the answer' } } });
  });

  it('is generated from the table and served at /api/openapi.json', async () => {
    const server = createApp({ store: {} as GraphStore, log: () => undefined }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/openapi.json`);
      expect(await response.json()).toEqual(JSON.parse(JSON.stringify(createOpenApiDocument())));
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
