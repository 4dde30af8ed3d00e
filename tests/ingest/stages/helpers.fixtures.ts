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

/** The entities resolved from a text, each as "Type:Name". */
export const typedEntityNames = (text: string): string[] => runToQuotes(text).resolved.entities.map((e) => `${e.type}:${e.name}`);

/** The text of every mention found in a text, nested ones too. */
export const mentionTexts = (text: string): string[] => runToQuotes(text).found.mentions.map((m) => m.text);
