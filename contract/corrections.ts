import { z } from 'zod';
import { correctionRequestSchema, correctionSchema } from '../model/corrections.ts';
import { apiComponents } from './components.ts';

/** `POST /api/corrections` body: one correction, the shapes model/corrections.ts defines. */
export const createCorrectionBodySchema = correctionRequestSchema;

/** A stored correction, as created and as listed. */
export const correctionAnswerSchema = correctionSchema.register(apiComponents, { id: 'Correction' });

export const listedCorrectionSchema = correctionSchema
  .extend({ stale: z.boolean().describe('an entity or quote it keeps is no longer in the graph') })
  .register(apiComponents, { id: 'ListedCorrection' });

/** `GET /api/corrections`: the log, newest first, and whether this server takes corrections. */
export const correctionListSchema = z
  .strictObject({
    corrections: z.array(listedCorrectionSchema),
    editing: z.boolean().describe('true when the server was started with an EDIT_TOKEN: POST and DELETE take corrections; false: they answer 403'),
  })
  .register(apiComponents, { id: 'CorrectionList' });
export type CorrectionList = z.infer<typeof correctionListSchema>;

/** `DELETE /api/corrections/:id` path. */
export const correctionParamsSchema = z.object({ id: z.string().min(1).max(100).describe('the correction id POST answered with') });

/** `DELETE /api/corrections/:id`: the correction, now undone, and how many documents were derived again from their text. */
export const undoAnswerSchema = z
  .strictObject({ correction: correctionAnswerSchema, rederived: z.number().int().min(0) })
  .register(apiComponents, { id: 'UndoAnswer' });

/** The request header naming who made a correction; without it the log says "editor". */
export const EDITOR_HEADER = 'x-editor';
