import { Router } from 'express';
import multer from 'multer';
import { MAX_ARTICLE_BYTES, MAX_ARTICLES, type IngestAnswer } from '../../contract/ingest.ts';
import { apiRoutes } from '../../contract/routes.ts';
import { ingestArticle, summarize, toRefusedOutcome, type ArticleOutcome } from '../../ingest/index.ts';
import type { Article, ArticleFormat } from '../../ingest/article.ts';
import { toArticleFormat } from '../../ingest/read-article.ts';
import { ArticleInputError } from '../../model/errors.ts';
import { requireBearerToken } from '../require-token.ts';
import type { GraphStore } from '../../store/graph-store.ts';
import { parseInput } from '../validate.ts';

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_ARTICLE_BYTES, files: MAX_ARTICLES } });
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** POST /ingest: articles as JSON `{articles: [{name, text}]}` or as uploaded files; answers per article. */
export function createIngestRoutes(store: GraphStore, token: string | undefined): Router {
  const router = Router();
  router.post('/ingest', requireBearerToken(token, 'INGEST_TOKEN'), upload.array('files'), async (req, res) => {
    const articles = Array.isArray(req.files) && req.files.length > 0 ? fromUploads(req.files) : fromJson(req.body);
    const outcomes: ArticleOutcome[] = [];
    for (const article of articles) {
      const problem =
        'problem' in article ? article.problem : article.text.trim() === '' ? new ArticleInputError('INGEST_EMPTY_TEXT', 'the article is empty') : null;
      outcomes.push(problem ? toRefusedOutcome(article.source, problem) : await ingestArticle(article as Article, { store }));
    }
    const summary = summarize(outcomes);
    res.json({ ingested: summary.ingested, unchanged: summary.unchanged, failed: summary.failed.length, articles: outcomes } satisfies IngestAnswer);
  });
  return router;
}

function fromJson(body: unknown): Article[] {
  const { articles } = parseInput(apiRoutes.ingestArticles.body, body, 'body');
  return articles.map((article) => ({ source: article.name, text: article.text, format: article.format ?? formatOf(article.name) }));
}

/** Uploaded files as articles, or the reason one is not an article's text. */
function fromUploads(files: Express.Multer.File[]): (Article | { source: string; problem: ArticleInputError })[] {
  return files.map((file) => {
    const source = file.originalname;
    let text: string;
    try {
      text = utf8.decode(file.buffer);
    } catch {
      return { source, problem: new ArticleInputError('INGEST_NOT_TEXT', 'the file is not valid UTF-8 text') };
    }
    if (text.includes('\u0000')) return { source, problem: new ArticleInputError('INGEST_NOT_TEXT', 'the file is binary, not text') };
    return { source, text, format: formatOf(source) };
  });
}

function formatOf(name: string): ArticleFormat {
  return toArticleFormat(name) ?? 'txt';
}
