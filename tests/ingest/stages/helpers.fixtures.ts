import { cleanText } from '../../../ingest/stages/02-clean-text.ts';
import { findEntities } from '../../../ingest/stages/03-find-entities.ts';
import { resolveEntities } from '../../../ingest/stages/04-resolve-entities.ts';
import { findQuotes } from '../../../ingest/stages/05-find-quotes.ts';
import type { ArticleFormat } from '../../../ingest/article.ts';

/** Runs stages 02–05 over a text, as extractArticle does. */
export function runToQuotes(text: string, format: ArticleFormat = 'txt') {
  const clean = cleanText({ source: 'test.txt', format, text });
  const found = findEntities(clean);
  const resolved = resolveEntities(found);
  return { clean, found, resolved, quotes: findQuotes(clean, found, resolved) };
}
