/**
 * Every attribution the extractor makes on a PolNeAR folder, set against the annotators' gold: for each
 * direct quote and each reported statement, its rule, its confidence, whether it matches a gold
 * attribution and whether its speaker is right. Read by the quote-speaker trainer and the calibration
 * benchmark; reads the gold and the scorer's entity matching from ../shared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractArticle } from '../../ingest/extract-article.ts';
import { SHARED_DIR } from './evaluation-sets.ts';
import { matches, type Span } from './spans.ts';

interface GoldAttribution extends Span { speaker?: string | null; kind?: string }
interface GoldEntity { id: string; name: string; aliases?: string[] }
interface GoldArticle {
  quotes: GoldAttribution[];
  entities: GoldEntity[];
  statements?: GoldAttribution[];
  statement_entities?: GoldEntity[];
}

/** One attribution the extractor made: `speakerRight` is undefined where the gold does not say who spoke. */
export interface Outcome {
  kind: 'direct' | 'indirect';
  rule: string;
  confidence: number;
  matched: boolean;
  speakerRight?: boolean;
}

type Resolver = (id: string | null | undefined) => string | null;
type ResolverFactory = (gold: GoldEntity[], system: { id: string; name: string; aliases: string[] }[]) => Resolver;


/** The outcomes over every article of `folder` (a PolNeAR split beside the checkout). */
export async function readAttributionOutcomes(folder: string): Promise<Outcome[]> {
  const { entityResolver } = await import(pathToFileURL(join(SHARED_DIR, 'score.mjs')).href) as { entityResolver: ResolverFactory };
  const dir = join(SHARED_DIR, 'external', folder);
  const outcomes: Outcome[] = [];
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, name), 'utf8')) as GoldArticle;
    const text = readFileSync(join(dir, name.replace(/\.json$/, '.txt')), 'utf8');
    const extraction = extractArticle({ source: name, format: 'txt', text });
    const toGoldQuote = entityResolver(gold.entities, extraction.entities);
    const toGoldSource = entityResolver(gold.statement_entities ?? gold.entities, extraction.entities);
    for (const quote of extraction.quotes) {
      const kind = quote.kind === 'indirect' ? 'indirect' : 'direct';
      // Direct quotes are judged against the gold quotes, statements against every gold attribution.
      const [candidates, resolve] = kind === 'direct' ? [gold.quotes, toGoldQuote] : [gold.statements ?? [], toGoldSource];
      const match = candidates.find((candidate) => matches(candidate, quote));
      outcomes.push({
        kind,
        rule: quote.rule ?? 'unknown',
        confidence: quote.confidence ?? 0,
        matched: match !== undefined,
        speakerRight: match && match.speaker !== undefined ? resolve(quote.speaker) === (match.speaker ?? null) : undefined,
      });
    }
  }
  return outcomes;
}
