import { z } from 'zod';
import { apiComponents } from './components.ts';
import { countSchema } from './fields.ts';

/** The longest article text, in characters (as JSON) or bytes (as an uploaded file). */
export const MAX_ARTICLE_BYTES = 2_000_000;
/** The most articles one request may carry. */
export const MAX_ARTICLES = 50;

/** `POST /api/ingest` body as JSON. */
export const ingestRequestSchema = z.object({
  articles: z
    .array(
      z.object({
        name: z.string().trim().min(1).max(300).describe('file name or path: the document\'s source, and its format when none is given'),
        text: z.string().max(MAX_ARTICLE_BYTES, `an article may hold at most ${MAX_ARTICLE_BYTES} characters`),
        format: z.enum(['txt', 'md', 'html']).optional(),
      }),
    )
    .min(1, 'send at least one article')
    .max(MAX_ARTICLES, `send at most ${MAX_ARTICLES} articles at a time`),
});
export type IngestRequest = z.infer<typeof ingestRequestSchema>;

/** `POST /api/ingest` body as uploaded files, one article each. */
export const ingestUploadSchema = z.object({
  files: z.array(z.file()).max(MAX_ARTICLES).describe(`UTF-8 text files of at most ${MAX_ARTICLE_BYTES} bytes`),
});

/** What became of one article: stored (new, replacing an older text, or already there), or failed at a stage. */
export const articleOutcomeSchema = z.union([
  z.strictObject({ source: z.string(), status: z.enum(['ingested', 'replaced', 'unchanged']), documentId: z.string() }),
  z.strictObject({ source: z.string(), status: z.literal('failed'), stage: z.enum(['read', 'extract', 'write']), error: z.string() }),
]);
export type ArticleOutcome = z.infer<typeof articleOutcomeSchema>;

/** `POST /api/ingest` answer: counts, and one outcome per article in the order sent. */
export const ingestAnswerSchema = z
  .strictObject({ ingested: countSchema, replaced: countSchema, unchanged: countSchema, failed: countSchema, articles: z.array(articleOutcomeSchema) })
  .register(apiComponents, { id: 'IngestAnswer' });
export type IngestAnswer = z.infer<typeof ingestAnswerSchema>;
