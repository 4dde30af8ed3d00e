import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Extraction } from '../../model/extraction.ts';
import { cleanText } from '../../ingest/stages/02-clean-text.ts';
import { findEntities } from '../../ingest/stages/03-find-entities.ts';
import { resolveEntities } from '../../ingest/stages/04-resolve-entities.ts';
import { findQuotes } from '../../ingest/stages/05-find-quotes.ts';
import type { ClauseCandidate } from '../../ingest/stages/find-reported-speech.ts';
import type { CleanText, FoundEntities, ResolvedEntities } from '../../ingest/stages/types.ts';

/** One article run through the stages up to quotes with the clause classifier off. */
export interface CandidateRun {
  clean: CleanText;
  found: FoundEntities;
  resolved: ResolvedEntities;
  /** Every clause a cue introduces that no other rule took, kept or not. */
  candidates: ClauseCandidate[];
  /** The quotes and statements of every rule but the clause classifier. */
  quotes: Extraction['quotes'];
}

/** The article whose gold is `name` in `dir` (the `.txt` beside the `.json`), run through the stages up to quotes. */
export function collectClauseCandidates(dir: string, name: string): CandidateRun {
  const text = readFileSync(join(dir, name.replace(/\.json$/, '.txt')), 'utf8');
  const clean = cleanText({ source: name, format: 'txt', text });
  const found = findEntities(clean);
  const resolved = resolveEntities(found);
  const candidates: ClauseCandidate[] = [];
  const quotes = findQuotes(clean, found, resolved, { clauseModel: null, candidates });
  return { clean, found, resolved, candidates, quotes };
}
