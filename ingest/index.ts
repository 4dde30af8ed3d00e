import type { GraphStore } from '../server/store/graph-store.ts';
import { extractArticle } from './extract-article.ts';
import { listArticleFiles, readArticle } from './read-article.ts';
import type { Article } from './model.ts';

/** The stage an article failed in, so a report says where to look. */
export type IngestStage = 'read' | 'extract' | 'write';

export type ArticleOutcome =
  | { source: string; status: 'ingested' | 'unchanged'; documentId: string }
  | { source: string; status: 'failed'; stage: IngestStage; error: string };

export interface IngestSummary {
  ingested: number;
  unchanged: number;
  failed: Extract<ArticleOutcome, { status: 'failed' }>[];
  outcomes: ArticleOutcome[];
}

export interface IngestOptions {
  store: GraphStore;
  /** Called once per article, after it is done, with its position in the batch. */
  onArticle?: (outcome: ArticleOutcome, done: number, total: number) => void;
  now?: () => Date;
}

/**
 * Reads, extracts and writes every article under `paths`, one transaction each; a failing article
 * is reported with its stage and the batch goes on.
 * @example const summary = await ingestPaths(['samples'], { store });
 */
export async function ingestPaths(paths: string[], options: IngestOptions): Promise<IngestSummary> {
  const files = await listArticleFiles(paths);
  const outcomes: ArticleOutcome[] = [];
  for (const file of files) {
    const read = await readArticle(file);
    const outcome = read.ok
      ? await ingestArticle(read.article, options)
      : { source: read.source, status: 'failed' as const, stage: 'read' as const, error: read.error };
    outcomes.push(outcome);
    options.onArticle?.(outcome, outcomes.length, files.length);
  }
  return summarize(outcomes);
}

/** Extracts one article and writes it; never throws. */
export async function ingestArticle(article: Article, options: IngestOptions): Promise<ArticleOutcome> {
  let extraction;
  try {
    extraction = extractArticle(article);
  } catch (error) {
    return { source: article.source, status: 'failed', stage: 'extract', error: messageOf(error) };
  }
  try {
    const ingestedAt = (options.now?.() ?? new Date()).toISOString();
    const written = await options.store.writeExtraction(extraction, { source: article.source, ingestedAt, text: article.text });
    const status = written.status === 'written' ? 'ingested' : 'unchanged';
    return { source: article.source, status, documentId: extraction.document.id };
  } catch (error) {
    return { source: article.source, status: 'failed', stage: 'write', error: messageOf(error) };
  }
}

export function summarize(outcomes: ArticleOutcome[]): IngestSummary {
  return {
    ingested: outcomes.filter((outcome) => outcome.status === 'ingested').length,
    unchanged: outcomes.filter((outcome) => outcome.status === 'unchanged').length,
    failed: outcomes.filter((outcome): outcome is Extract<ArticleOutcome, { status: 'failed' }> => outcome.status === 'failed'),
    outcomes,
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
