import { createHash } from 'node:crypto';
import type { Article } from './article.ts';
import type { Extraction } from '../model/extraction.ts';
import { runStage } from './pipeline.ts';
import type { Stage } from './pipeline.ts';
import { cleanText } from './stages/02-clean-text.ts';
import { findEntities } from './stages/03-find-entities.ts';
import { resolveEntities } from './stages/04-resolve-entities.ts';
import { findQuotes } from './stages/05-find-quotes.ts';
import { findRelations } from './stages/06-find-relations.ts';
import { findEvents } from './stages/07-find-events.ts';
import type { CleanText, ExtractionContext, FoundEntities, ResolvedEntities } from './stages/types.ts';

type NoContext = Record<string, never>;
const clean: Stage<Article, CleanText, NoContext> = { name: '02-clean-text', run: (article) => cleanText(article) };
const entities: Stage<CleanText, FoundEntities, NoContext> = { name: '03-find-entities', run: (text) => findEntities(text) };
const resolve: Stage<FoundEntities, ResolvedEntities, NoContext> = { name: '04-resolve-entities', run: (found) => resolveEntities(found) };
const quotes: Stage<null, Extraction['quotes'], ExtractionContext> = { name: '05-find-quotes', run: (_, c) => findQuotes(c.clean, c.found, c.resolved) };
const relations: Stage<null, Extraction['relations'], ExtractionContext> = { name: '06-find-relations', run: (_, c) => findRelations(c) };
const events: Stage<Extraction['quotes'], Extraction['events'], ExtractionContext> = { name: '07-find-events', run: (q, c) => findEvents(c, q.filter(isDirect)) };
// Events are not read inside quotation marks, but a reported clause ("said troops arrived in Aurora") tells of them.
const isDirect = (quote: Extraction['quotes'][number]) => (quote.kind ?? 'direct') === 'direct';

/**
 * The Extraction JSON of one article (../shared/EXTRACTION.md): pure, synchronous, deterministic.
 * Throws a StageError naming the stage that failed.
 * @example extractArticle({ source: 'a.txt', format: 'txt', text: 'Gov. Jonah Corvin said, "We are ready to help."' })
 */
export function extractArticle(article: Article): Extraction {
  const none: NoContext = {};
  const cleaned = runStage(clean, article, none);
  const found = runStage(entities, cleaned, none);
  const resolved = runStage(resolve, found, none);
  const ctx: ExtractionContext = { clean: cleaned, found, resolved };
  const foundQuotes = runStage(quotes, null, ctx);
  return {
    document: {
      id: createHash('sha256').update(article.text).digest('hex'),
      title: cleaned.title,
      date: cleaned.date,
      source: article.source,
    },
    entities: resolved.entities.map((entity) => ({
      id: entity.id, type: entity.type, name: entity.name, aliases: entity.aliases,
      mentions: entity.mentions.map((i) => ({ start: found.mentions[i]!.start, end: found.mentions[i]!.end })).sort((a, b) => a.start - b.start),
    })),
    quotes: foundQuotes,
    relations: runStage(relations, null, ctx),
    events: runStage(events, foundQuotes, ctx),
  };
}
