import { Router, type RequestHandler } from 'express';
import multer from 'multer';
import { MAX_ARTICLE_BYTES, MAX_ARTICLES, type IngestAnswer } from '../../contract/ingest.ts';
import { apiRoutes } from '../../contract/routes.ts';
import { ingestReadArticles } from '../../ingest/index.ts';
import type { ArticleFormat } from '../../ingest/article.ts';
import type { ExtractPool } from '../../ingest/extract-pool.ts';
import { toArticleFormat, toArticleText, type ReadArticleResult } from '../../ingest/read-article.ts';
import { toUploadSource } from '../../ingest/source-name.ts';
import { ArticleInputError, ValidationError } from '../../model/errors.ts';
import { requireBearerToken } from '../require-token.ts';
import type { GraphStore } from '../../store/graph-store.ts';
import { toUploadError, type UploadLimits } from '../upload-errors.ts';
import { parseInput } from '../validate.ts';

const UPLOAD: UploadLimits = { field: 'files', fileSize: MAX_ARTICLE_BYTES, files: MAX_ARTICLES };
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: UPLOAD.fileSize, files: UPLOAD.files } }).array(UPLOAD.field);
/** The upload parser, its errors answered as 400/413 naming the field. */
const receiveUploads: RequestHandler = (req, res, next) => upload(req, res, (error?: unknown) => next(error ? toUploadError(error, UPLOAD) : undefined));

/**
 * POST /ingest: articles as JSON `{articles: [{name, text}]}` or as uploaded files; answers per article.
 * Extraction runs in the worker threads of `pool`, as the CLI's does, so other requests go on meanwhile.
 */
export function createIngestRoutes(store: GraphStore, token: string | undefined, pool: ExtractPool): Router {
  const router = Router();
  router.post('/ingest', requireBearerToken(token, 'INGEST_TOKEN'), receiveUploads, async (req, res) => {
    const articles = req.is('multipart/form-data') ? fromUploads(req.files) : fromJson(req.body);
    const summary = await ingestReadArticles(articles, { store, pool });
    res.json({
      ingested: summary.ingested,
      replaced: summary.replaced,
      unchanged: summary.unchanged,
      failed: summary.failed.length,
      articles: summary.outcomes,
    } satisfies IngestAnswer);
  });
  return router;
}

function fromJson(body: unknown): ReadArticleResult[] {
  const { articles } = parseInput(apiRoutes.ingestArticles.body, body, 'body');
  return articles.map(({ name, text, format }): ReadArticleResult => {
    const source = toUploadSource(name);
    if (text.trim() === '') return { ok: false, source, error: refusal(new ArticleInputError('INGEST_EMPTY_TEXT', 'the article is empty')) };
    return { ok: true, article: { source, text, format: format ?? formatOf(source) } };
  });
}

/** Uploaded files as articles, or the reason one is not an article's text. */
function fromUploads(files: unknown): ReadArticleResult[] {
  if (!Array.isArray(files) || files.length === 0) throw new ValidationError(`No files in the upload: send each article as a file in the multipart field "${UPLOAD.field}".`);
  return (files as Express.Multer.File[]).map((file): ReadArticleResult => {
    const source = toUploadSource(file.originalname);
    const content = toArticleText(file.buffer);
    if ('error' in content) return { ok: false, source, error: refusal(new ArticleInputError(content.code, content.error)) };
    return { ok: true, article: { source, text: content.text, format: formatOf(source) } };
  });
}

function formatOf(name: string): ArticleFormat {
  return toArticleFormat(name) ?? 'txt';
}

/** A refused article's reason as its outcome says it: the code, then our sentence. */
function refusal(error: ArticleInputError): string {
  return `${error.code}: ${error.message}`;
}
