import { z } from 'zod';
import { entityTypeSchema } from '../model/extraction.ts';
import { apiComponents } from './components.ts';
import { limitField, listField } from './fields.ts';

/** A node as the API and the explorer see it, whatever the backend. */
export const graphNodeSchema = z
  .strictObject({
    id: z.string(),
    label: z.string().describe('the node label: an entity type, or Document / Quote'),
    name: z.string(),
    properties: z.record(z.string(), z.unknown()),
  })
  .register(apiComponents, { id: 'GraphNode' });
export type GraphNode = z.infer<typeof graphNodeSchema>;

/** A relationship as the API and the explorer see it, whatever the backend. */
export const graphEdgeSchema = z
  .strictObject({
    id: z.string(),
    type: z.string(),
    source: z.string(),
    target: z.string(),
    properties: z.record(z.string(), z.unknown()),
  })
  .register(apiComponents, { id: 'GraphEdge' });
export type GraphEdge = z.infer<typeof graphEdgeSchema>;

/** Nodes and edges, ready for Cytoscape: no edge has a missing end. */
export const graphElementsSchema = z
  .strictObject({ nodes: z.array(graphNodeSchema), edges: z.array(graphEdgeSchema) })
  .register(apiComponents, { id: 'GraphElements' });
export type GraphElements = z.infer<typeof graphElementsSchema>;

/** `GET /api/overview` query. */
export const overviewQuerySchema = z.object({ limit: limitField(500, 80) });

/** `GET /api/entities/:id/neighborhood` query. */
export const neighborhoodQuerySchema = z.object({
  limit: limitField(500, 100),
  depth: z.coerce
    .number()
    .pipe(z.union([z.literal(1), z.literal(2)]))
    .default(1)
    // the JSON Schema of the input would say only "a number"; the pipe allows two
    .meta({ description: '1: direct neighbours; 2: their neighbours too', enum: [1, 2] }),
  types: listField(z.array(entityTypeSchema)).optional().describe('comma-separated entity types of the neighbours'),
  relations: listField(z.array(z.string().regex(/^[A-Z_]+$/, 'relationship types are upper case, e.g. OPPOSES')))
    .optional()
    .describe('comma-separated relationship types of the edges'),
});

/** `GET /api/agencies/network` query. */
export const agencyNetworkQuerySchema = z.object({ limit: limitField(1000, 200) });
