import type { Span } from '../../model/extraction.ts';
import { SPORTS } from '../nlp/lexicon.ts';
import type { CleanText, Mention } from './types.ts';

// "LONDON 1996-08-30", "MILWAUKEE , Wisconsin 1996-08-29": a short line of place names and a date.
const DATED_LINE = /^(\p{Lu}[^\n\d]{0,60}?)\s+(?:19|20)\d\d-\d\d-\d\d\s*$/u;
// "PORT ALDER — ", "BRAMLEY, Ore. (Reuters) - ": a place in capitals opening an article's first paragraphs.
const OPENING_DATELINE = /^(\p{Lu}[\p{Lu}.'’-]+(?:[ ]\p{Lu}[\p{Lu}.'’-]*)*(?:\s?,\s?\p{Lu}[\p{L}.]*(?:[ ]\p{Lu}[\p{L}.]*)?)?)\s*(?:\([\p{L} ]+\)\s*)?[—–-]{1,2}\s/u;
const OPENING_PARAGRAPHS = 3;

/** The spans of the text that are datelines: the place (and region) a story was filed from. */
export function findDatelines(clean: CleanText): Span[] {
  const spans: Span[] = [];
  clean.paragraphs.forEach((paragraph, i) => {
    const line = clean.text.slice(paragraph.start, paragraph.end);
    const match = DATED_LINE.exec(line) ?? (i < OPENING_PARAGRAPHS ? OPENING_DATELINE.exec(line) : null);
    // "SOCCER - …" heads a results story; it is no dateline.
    if (match && !SPORTS.has(match[1]!.toUpperCase())) spans.push({ start: paragraph.start, end: paragraph.start + match[1]!.length });
  });
  return spans;
}

/** Names inside a dateline are places, whatever their words suggest ("WIGAN", "PORT ALDER"). */
export function retypeDatelines(mentions: Mention[], clean: CleanText): Mention[] {
  const datelines = findDatelines(clean);
  if (datelines.length === 0) return mentions;
  return mentions.map((mention) => {
    const inside = datelines.some((span) => span.start <= mention.start && mention.end <= span.end);
    if (!inside || mention.type === 'Place' || mention.known) return mention;
    return { ...mention, type: 'Place', known: null, guessed: false, titledText: null, role: null, firstName: false };
  });
}
