import { existsSync } from 'node:fs';
import { readTable } from '../nlp/data-files.ts';
import { findSentenceEnd, findSentenceStart } from '../nlp/sentences.ts';
import { mentionsIn } from './find-speaker.ts';
import type { Speaker, SpeakerContext } from './find-speaker.ts';

/** What decided the speaker of a quotation: the clause beside it, a quote it continues, a label, or nothing. */
export type SpeakerCue =
  | 'inside-quote' | 'transcript-label' | 'speech-owner' | 'according-to' | 'clause-before' | 'clause-after'
  | 'sentence-before' | 'reported-before' | 'carried-over' | 'quote-before' | 'colon-before' | 'quote-after'
  | 'paragraph-source' | 'quoting-person' | 'paragraph-before' | 'name-in-quotes' | 'none';

/** A quotation's speaker and the cue that gave it. */
export interface Attribution { speaker: Speaker; cue: SpeakerCue }

/**
 * Whether the speaker is named near the quotation ("…,” said Ada Brill) or reached through a pronoun,
 * a title or an earlier quote ("…,” she said): the second is wrong more often, so it is scored apart.
 */
export type SpeakerReach = 'named' | 'resolved';

const NEARBY = 200;

export function findSpeakerReach(ctx: SpeakerContext, speaker: Speaker, quote: { open: number; close: number }): SpeakerReach {
  if (!speaker.id) return 'named';
  // The sentence the quotation stands in, on either side of it.
  const from = findSentenceStart(ctx.text, Math.max(0, quote.open - NEARBY), quote.open);
  const to = findSentenceEnd(ctx.text, quote.close, Math.min(ctx.text.length, quote.close + NEARBY));
  const beside = [...mentionsIn(ctx, from, quote.open), ...mentionsIn(ctx, quote.close, to)];
  return beside.some((m) => m.id === speaker.id) ? 'named' : 'resolved';
}

/** The rule a quotation's JSON carries: how its speaker was decided ("clause-after", "clause-after-resolved"). */
export const speakerRule = (cue: SpeakerCue, reach: SpeakerReach): string => (reach === 'resolved' ? `${cue}-resolved` : cue);

const TABLE = 'quote-speaker-cues.tsv';
// Before the table is trained, the speaker is as likely right as wrong.
const UNSEEN = 0.5;

/**
 * How often each rule gave the right speaker on PolNeAR train (quote-speaker-cues.tsv, written by
 * `npm run train:quote-speakers`): the confidence a quotation's attribution carries.
 */
const ACCURACY: ReadonlyMap<string, number> = new Map(
  existsSync(new URL(`../nlp/data/${TABLE}`, import.meta.url))
    ? readTable(TABLE, 3).map(([rule, accuracy]) => [rule!, Number(accuracy)] as const)
    : [],
);

/** The rule's own figure, else that of every rule reaching the speaker the same way (named or resolved). */
export const speakerConfidence = (rule: string): number =>
  ACCURACY.get(rule) ?? ACCURACY.get(rule.endsWith('-resolved') ? '*-resolved' : '*') ?? UNSEEN;
