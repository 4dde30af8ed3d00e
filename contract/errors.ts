import { z } from 'zod';
import { apiComponents } from './components.ts';

/** Every error answer: a stable code and a message that says what to do. */
export const errorBodySchema = z
  .strictObject({
    code: z.string().describe('stable, e.g. INVALID_INPUT, NOT_FOUND, CYPHER_WRITE_REFUSED'),
    message: z.string(),
  })
  .register(apiComponents, { id: 'Error' });
export type ErrorBody = z.infer<typeof errorBodySchema>;
