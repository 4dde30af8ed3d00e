import { z } from 'zod';
import { entityTypeSchema } from '../model/extraction.ts';
import { apiComponents } from './components.ts';
import { documentRefSchema } from './documents.ts';
import { countSchema, limitField } from './fields.ts';

/** An entity as lists show it. */
export const entitySummarySchema = z
  .strictObject({
    id: z.string(),
    type: entityTypeSchema,
    name: z.string(),
    aliases: z.array(z.string()),
    mentions: countSchema,
  })
  .register(apiComponents, { id: 'EntitySummary' });
export type EntitySummary = z.infer<typeof entitySummarySchema>;

/** `GET /api/entities/:id`: one entity with its roles, documents and quote counts. */
export const entityDetailSchema = entitySummarySchema
  .extend({
    kind: z.string().nullable(),
    roles: z.array(z.strictObject({ role: z.string().nullable(), organization: entitySummarySchema })),
    documents: z.array(documentRefSchema),
    quotesSaid: countSchema,
    quotesAbout: countSchema,
  })
  .register(apiComponents, { id: 'EntityDetail' });
export type EntityDetail = z.infer<typeof entityDetailSchema>;

/** The path of every `/api/entities/:id…` route. */
export const entityParamsSchema = z.object({ id: z.string().min(1).max(300).describe('Entity id, e.g. person:imogen-halvorsen') });

/** `GET /api/search` query. */
export const searchQuerySchema = z.object({
  q: z.string().trim().min(1).max(200).describe('part of a name or alias; case and accents ignored'),
  type: entityTypeSchema.optional(),
  limit: limitField(100, 20),
});

/** `GET /api/search` answer. */
export const searchAnswerSchema = z.strictObject({ results: z.array(entitySummarySchema) }).register(apiComponents, { id: 'SearchAnswer' });
export type SearchAnswer = z.infer<typeof searchAnswerSchema>;
