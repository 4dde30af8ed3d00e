import { z } from 'zod';
import { apiComponents } from './components.ts';
import { apiRoutes, type RouteDefinition } from './routes.ts';

type JsonSchema = Record<string, unknown>;

/** The OpenAPI 3.1 description of the API, generated from the route table; served at /api/openapi.json. */
export function createOpenApiDocument(routes: Readonly<Record<string, RouteDefinition>> = apiRoutes) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, route] of Object.entries(routes)) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    paths[path] = { ...paths[path], [route.method]: toOperation(name, route) };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'News graph API', version: '0.1.0', description: 'Who said what about whom, from news articles.' },
    paths,
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } }, schemas: toComponentSchemas() },
  };
}

function toOperation(name: string, route: RouteDefinition): JsonSchema {
  const parameters = [...toParameters(route.params, 'path'), ...toParameters(route.query, 'query')];
  const content: JsonSchema = {};
  if (route.body) content['application/json'] = { schema: toJsonSchema(route.body, 'input') };
  if (route.upload) content['multipart/form-data'] = { schema: toJsonSchema(route.upload, 'input') };
  const responses = Object.fromEntries(
    Object.entries(route.responses).map(([status, { description, schema }]) => [
      status,
      { description, content: { 'application/json': { schema: { $ref: componentRef(schema, `${name} ${status}`) } } } },
    ]),
  );
  return {
    operationId: name,
    summary: route.summary,
    ...(route.bearerAuth ? { security: [{ bearer: [] }] } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(Object.keys(content).length > 0 ? { requestBody: { required: true, content } } : {}),
    responses,
  };
}

/** One OpenAPI parameter per field of a path or query schema, its description lifted beside its schema. */
function toParameters(schema: z.ZodObject | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const { properties = {}, required = [] } = toJsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(properties).map(([name, { description, ...fieldSchema }]) => ({
    name,
    in: where,
    ...(where === 'path' || required.includes(name) ? { required: true } : {}),
    ...(description === undefined ? {} : { description }),
    schema: fieldSchema,
  }));
}

/** Every registered answer schema, referring to each other by `#/components/schemas/<id>`. */
function toComponentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiComponents, { uri: (id) => `#/components/schemas/${id}`, override: dropSafeIntegerBounds });
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _, $id: __, ...schema }]) => [id, schema]));
}

function componentRef(schema: z.ZodType, where: string): string {
  const id = apiComponents.get(schema)?.id;
  if (!id) throw new Error(`The answer of ${where} has no component id: register its schema in apiComponents (contract/components.ts).`);
  return `#/components/schemas/${id}`;
}

function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _, ...json } = z.toJSONSchema(schema, { io, override: dropSafeIntegerBounds });
  return json;
}

/** zod writes every integer's safe range as bounds; they say nothing to a reader. */
function dropSafeIntegerBounds({ jsonSchema }: { jsonSchema: JsonSchema }): void {
  if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
  if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
}

/** The document the server serves, generated once. */
export const openApiDocument = createOpenApiDocument();
