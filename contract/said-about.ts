import { z } from 'zod';
import { entityTypeSchema } from '../model/extraction.ts';
import { apiComponents } from './components.ts';
import { countSchema, limitField, listField } from './fields.ts';
import { isoDaySchema } from './timeline.ts';

const idList = listField(z.array(z.string().max(300)).max(100, 'at most 100 ids'));

/** `GET /api/said-about` query: some speakers and/or some subjects, or all. */
export const saidAboutFiltersSchema = z.object({
  speakers: idList.optional().describe('comma-separated entity ids'),
  subjects: idList.optional().describe('comma-separated entity ids'),
  from: isoDaySchema.optional().describe('only statements of articles dated on or after this day (YYYY-MM-DD); undated articles are left out'),
  to: isoDaySchema.optional().describe('only statements of articles dated on or before this day (YYYY-MM-DD); undated articles are left out'),
  limit: limitField(2000, 200),
});
export type SaidAboutFilters = z.infer<typeof saidAboutFiltersSchema>;

const namedEntitySchema = z.strictObject({ id: z.string(), name: z.string(), type: entityTypeSchema });

/** One cell of the who-said-what-about-whom matrix. */
export const saidAboutCellSchema = z
  .strictObject({
    speaker: namedEntitySchema,
    subject: namedEntitySchema,
    count: countSchema.describe('statements of the speaker about the subject, both kinds'),
    direct: countSchema.describe('of them, quotes in quotation marks'),
    indirect: countSchema.describe('of them, reported statements'),
  })
  .register(apiComponents, { id: 'SaidAboutCell' });
export type SaidAboutCell = z.infer<typeof saidAboutCellSchema>;

/** `GET /api/said-about` answer. */
export const saidAboutAnswerSchema = z
  .strictObject({ cells: z.array(saidAboutCellSchema) })
  .register(apiComponents, { id: 'SaidAboutAnswer' });
export type SaidAboutAnswer = z.infer<typeof saidAboutAnswerSchema>;
