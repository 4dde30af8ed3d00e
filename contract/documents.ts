import { z } from 'zod';
import { entityTypeSchema, spanSchema } from '../model/extraction.ts';
import { apiComponents } from './components.ts';

/**
 * Offsets into a document's text, named `start` and `end` in every answer as in the extraction
 * (the graph stores them as `startOffset` and `endOffset`).
 */
export const offsetsShape = spanSchema.shape;

/** A document as other answers name it: id, title and date. */
export const documentRefSchema = z.strictObject({ id: z.string(), title: z.string(), date: z.string().nullable() });
export type DocumentRef = z.infer<typeof documentRefSchema>;

/** `GET /api/documents/:id` path. */
export const documentParamsSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/, 'a document id is the 64 hex digits of its SHA-256').describe('SHA-256 of the text'),
});

/** A quote's kind: words in quotation marks, or reported speech. */
export const quoteKindSchema = z.enum(['direct', 'indirect']);

/** Why the quote has its speaker, in every answer that lists quotes: null on quotes stored before it was kept. */
export const attributionShape = {
  rule: z.string().nullable().describe('the cue that decided the speaker ("clause-after", "none", …); "correction" when set by hand'),
  confidence: z.number().min(0).max(1).nullable().describe('how often that cue names the right speaker, 0–1; 1 for a correction'),
};

/** A document's text with the spans of what was found in it, for highlighting. */
export const documentViewSchema = z
  .strictObject({
    ...documentRefSchema.shape,
    source: z.string().describe('file path or upload name the text came from'),
    ingestedAt: z.string().describe('ISO timestamp of the ingest'),
    text: z.string(),
    mentions: z.array(z.strictObject({ entityId: z.string(), type: entityTypeSchema, name: z.string(), ...offsetsShape })),
    quotes: z.array(
      z.strictObject({
        id: z.string(),
        ...offsetsShape,
        via: z.string().nullable(),
        kind: quoteKindSchema.describe('direct: in quotation marks; indirect: reported speech, shown in a style of its own'),
        ...attributionShape,
        speaker: z.strictObject({ id: z.string(), name: z.string() }).nullable(),
      }),
    ),
    relations: z.array(
      z.strictObject({ type: z.string(), source: z.string(), target: z.string(), role: z.string().nullable(), ...offsetsShape }),
    ),
  })
  .register(apiComponents, { id: 'DocumentView' });
export type DocumentView = z.infer<typeof documentViewSchema>;
