import { z } from 'zod';
import { entityTypeSchema } from '../model/extraction.ts';
import { apiComponents } from './components.ts';
import { countSchema } from './fields.ts';

/** The backends a graph store can run on. */
export const BACKENDS = ['embedded', 'neo4j'] as const;
export type Backend = (typeof BACKENDS)[number];

/** What the store holds: documents, entities of each type, quotes and relations. */
export const graphCountsSchema = z.strictObject({
  documents: countSchema,
  entities: z.record(entityTypeSchema, countSchema),
  quotes: countSchema,
  relations: countSchema,
});
export type GraphCounts = z.infer<typeof graphCountsSchema>;

/** `GET /api/health`: the backend and what the store holds. */
export const healthSchema = z
  .strictObject({ status: z.literal('ok'), backend: z.enum(BACKENDS), counts: graphCountsSchema })
  .register(apiComponents, { id: 'Health' });
export type Health = z.infer<typeof healthSchema>;
