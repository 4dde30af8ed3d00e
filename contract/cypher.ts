import { z } from 'zod';
import { apiComponents } from './components.ts';
import { errorBodySchema } from './errors.ts';
import { graphElementsSchema } from './graph.ts';

/** `POST /api/cypher` and `POST /api/cypher/check` body. */
export const cypherRequestSchema = z.object({
  query: z.string().trim().min(1, 'the query is empty').max(20_000),
  params: z.record(z.string(), z.unknown()).default({}).describe('values of the query\'s $parameters'),
});
export type CypherRequest = z.infer<typeof cypherRequestSchema>;

/** `POST /api/cypher` answer: columns, rows, and the graph elements in them. */
export const queryResultSchema = z
  .strictObject({
    columns: z.array(z.string()),
    rows: z.array(z.record(z.string(), z.unknown())),
    // nodes and relationships found anywhere in the rows, for drawing
    graph: graphElementsSchema,
    truncated: z.boolean().describe('true when the row limit cut the answer'),
  })
  .register(apiComponents, { id: 'QueryResult' });
export type QueryResult = z.infer<typeof queryResultSchema>;

/** `POST /api/cypher/check` answer: the query would run, or the error it would get. */
export const cypherCheckSchema = z
  .discriminatedUnion('ok', [z.strictObject({ ok: z.literal(true) }), z.strictObject({ ok: z.literal(false), ...errorBodySchema.shape })])
  .register(apiComponents, { id: 'CypherCheck' });
export type CypherCheck = z.infer<typeof cypherCheckSchema>;
