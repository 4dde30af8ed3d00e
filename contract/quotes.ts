import { z } from 'zod';
import { apiComponents } from './components.ts';
import { attributionShape, documentRefSchema, offsetsShape, quoteKindSchema } from './documents.ts';
import { entitySummarySchema } from './entities.ts';
import { limitField } from './fields.ts';
import { isoDaySchema } from './timeline.ts';

export { quoteKindSchema };

/** A quote with its speaker, subjects and document. */
export const quoteViewSchema = z
  .strictObject({
    id: z.string(),
    text: z.string(),
    context: z.string().describe('the sentence around the quote, as the article has it'),
    ...offsetsShape,
    via: z.string().nullable(),
    kind: quoteKindSchema.describe('direct: words in quotation marks; indirect: reported speech, the clause attributed'),
    ...attributionShape,
    speaker: entitySummarySchema.nullable(),
    about: z.array(entitySummarySchema),
    document: documentRefSchema,
  })
  .register(apiComponents, { id: 'Quote' });
export type QuoteView = z.infer<typeof quoteViewSchema>;

/**
 * `GET /api/quotes` query: the filters of a quote page, every one given must hold. The same names
 * from the query string to the store: `q` is the words the quote contains.
 */
export const quoteFiltersSchema = z.object({
  speaker: z.string().min(1).max(300).optional().describe('entity id of the speaker'),
  about: z.string().min(1).max(300).optional().describe('entity id of a subject'),
  document: z.string().min(1).max(100).optional().describe('document id'),
  q: z.string().trim().min(1).max(200).optional().describe('words in the quote, case ignored'),
  kind: quoteKindSchema.optional().describe('direct quotes only, or reported speech only'),
  minConfidence: z.coerce
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe('quotes whose attribution confidence is at least this, 0–1; quotes of unknown confidence are left out'),
  from: isoDaySchema.optional().describe('articles dated on or after this day (YYYY-MM-DD)'),
  to: isoDaySchema.optional().describe('articles dated on or before this day (YYYY-MM-DD)'),
  cursor: z.coerce.number().int().min(0).max(1_000_000).optional().describe('nextCursor of the previous page'),
  limit: limitField(200, 50),
});
export type QuoteFilters = z.infer<typeof quoteFiltersSchema>;

/** `GET /api/quotes` answer: one page. */
export const quotePageSchema = z
  .strictObject({
    quotes: z.array(quoteViewSchema),
    nextCursor: z.number().int().nullable().describe('pass as `cursor` for the next page; null on the last page'),
  })
  .register(apiComponents, { id: 'QuotePage' });
export type QuotePage = z.infer<typeof quotePageSchema>;

/** `GET /api/entities/:id/quotes`: quotes the entity said, and quotes about it. */
export const entityQuotesSchema = z
  .strictObject({ said: z.array(quoteViewSchema), about: z.array(quoteViewSchema) })
  .register(apiComponents, { id: 'EntityQuotes' });
export type EntityQuotes = z.infer<typeof entityQuotesSchema>;
