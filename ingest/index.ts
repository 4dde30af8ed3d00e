import type { AppError } from '../model/errors.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { createExtractPool, type ExtractPool } from './extract-pool.ts';
import type { Article } from './article.ts';
import type { Extraction } from '../model/extraction.ts';
import { listArticleFiles, readArticle, type ReadArticleResult } from './read-article.ts';
import { toFileSource } from './source-name.ts';

/** The stage an article failed in, so a report says where to look. */
export type IngestStage = 'read' | 'extract' | 'write';

export type ArticleOutcome =
  | { source: string; status: 'ingested' | 'replaced' | 'unchanged'; documentId: string }
  | { source: string; status: 'failed'; stage: IngestStage; error: string };

export type FailedOutcome = Extract<ArticleOutcome, { status: 'failed' }>;

/** The outcome of an article refused before extraction: its reason led by the error's code, `INGEST_EMPTY_TEXT: the article is empty`. */
export function toRefusedOutcome(source: string, error: AppError): FailedOutcome {
  return { source, status: 'failed', stage: 'read', error: `${error.code}: ${error.message}` };
}

export interface IngestSummary {
  ingested: number;
  /** Articles whose source was stored with another text: the new text replaced the old document. */
  replaced: number;
  unchanged: number;
  failed: FailedOutcome[];
  outcomes: ArticleOutcome[];
}

export interface IngestOptions {
  store: GraphStore;
  /** Called once per article, after it is done, with its position in the batch. */
  onArticle?: (outcome: ArticleOutcome, done: number, total: number) => void;
  /** Extraction worker threads; 0 extracts in this thread. */
  workers?: number;
  /** A pool kept open across ingests (the server's), used instead of opening one of `workers` threads. */
  pool?: ExtractPool;
  /** Articles written per transaction batch. */
  batchSize?: number;
  now?: () => Date;
}

type Extracted = { article: Article; extraction: Extraction } | FailedOutcome;

/**
 * Reads, extracts and writes every article under `paths`. Extraction of the next batch runs while
 * the store writes the current one; a failing article is reported with its stage and the rest go on.
 * @example const summary = await ingestPaths(['samples'], { store });
 */
export async function ingestPaths(paths: string[], options: IngestOptions): Promise<IngestSummary> {
  const found = new Map<string, string>();
  for (const path of paths) {
    for (const file of await listArticleFiles([path])) if (!found.has(file)) found.set(file, toFileSource(file, path));
  }
  return ingestLoaded([...found].map(([file, source]) => () => readArticle(file, source)), options);
}

/** Extracts and writes articles already in memory, as ingestPaths does files. */
export function ingestArticles(articles: Article[], options: IngestOptions): Promise<IngestSummary> {
  return ingestReadArticles(
    articles.map((article): ReadArticleResult =>
      article.text.trim() === '' ? { ok: false, source: article.source, error: `${article.source} is empty: it holds no text` } : { ok: true, article },
    ),
    options,
  );
}

/** Extracts and writes articles received already read (uploads, JSON), the unreadable ones reported as failed in the read stage. */
export function ingestReadArticles(articles: ReadArticleResult[], options: IngestOptions): Promise<IngestSummary> {
  return ingestLoaded(articles.map((article) => async () => article), options);
}

type LoadArticle = () => Promise<ReadArticleResult>;

async function ingestLoaded(loads: LoadArticle[], options: IngestOptions): Promise<IngestSummary> {
  const batchSize = options.batchSize ?? 32;
  const pool = options.pool ?? createExtractPool(options.workers ?? 0);
  const outcomes: ArticleOutcome[] = [];
  const report = (done: ArticleOutcome[]) => {
    for (const outcome of done) {
      outcomes.push(outcome);
      options.onArticle?.(outcome, outcomes.length, loads.length);
    }
  };
  try {
    let next = extractLoaded(loads.slice(0, batchSize), pool);
    for (let start = 0; start < loads.length; start += batchSize) {
      const current = await next;
      next = extractLoaded(loads.slice(start + batchSize, start + 2 * batchSize), pool);
      report(await writeExtracted(current, options));
    }
  } finally {
    if (!options.pool) await pool.close();
  }
  return summarize(outcomes);
}

async function extractLoaded(loads: LoadArticle[], pool: ExtractPool): Promise<Extracted[]> {
  return Promise.all(
    loads.map(async (load): Promise<Extracted> => {
      const read = await load();
      if (!read.ok) return { source: read.source, status: 'failed', stage: 'read', error: read.error };
      try {
        return { article: read.article, extraction: await pool.extract(read.article) };
      } catch (error) {
        return { source: read.article.source, status: 'failed', stage: 'extract', error: messageOf(error) };
      }
    }),
  );
}

async function writeExtracted(items: Extracted[], options: IngestOptions): Promise<ArticleOutcome[]> {
  const ingestedAt = (options.now?.() ?? new Date()).toISOString();
  const ready = items.filter((item): item is Exclude<Extracted, FailedOutcome> => 'extraction' in item);
  let written: Awaited<ReturnType<GraphStore['writeExtractions']>>;
  try {
    written = await options.store.writeExtractions(
      ready.map(({ article, extraction }) => ({ extraction, meta: { source: article.source, ingestedAt, text: article.text } })),
    );
  } catch (error) {
    written = ready.map(() => ({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)) }));
  }
  return items.map((item): ArticleOutcome => {
    if (!('extraction' in item)) return item;
    const outcome = written[ready.indexOf(item)];
    const source = item.article.source;
    if (!outcome || outcome.status === 'failed') {
      return { source, status: 'failed', stage: 'write', error: outcome ? outcome.error.message : 'not written' };
    }
    const status = outcome.status === 'written' ? 'ingested' : outcome.status;
    return { source, status, documentId: item.extraction.document.id };
  });
}

export function summarize(outcomes: ArticleOutcome[]): IngestSummary {
  const count = (status: ArticleOutcome['status']) => outcomes.filter((outcome) => outcome.status === status).length;
  return {
    ingested: count('ingested'),
    replaced: count('replaced'),
    unchanged: count('unchanged'),
    failed: outcomes.filter((outcome): outcome is FailedOutcome => outcome.status === 'failed'),
    outcomes,
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
