import { ABBREVIATIONS } from './lexicon.ts';

// A full stop ends a sentence unless it ends an abbreviation or an initial: "Mr. Obama", "G.K. Butterfield".
const SENTENCE_END = new RegExp(
  `(?<!\\b(?:${ABBREVIATIONS.map((a) => a.replace(/\./g, '\\.')).join('|')}|vs|U\\.S|U\\.N|[A-Z]))[.!?](?=[\\s”"’']|$)`, 'g');

/** Where the sentence holding `position` starts, no earlier than `floor`. */
export function findSentenceStart(text: string, floor: number, position: number): number {
  let start = floor;
  for (const match of text.slice(floor, position).matchAll(SENTENCE_END)) start = floor + match.index + 1;
  return start;
}

/** Where the sentence from `position` ends (after its full stop), no later than `ceiling`. */
export function findSentenceEnd(text: string, position: number, ceiling: number): number {
  const region = text.slice(position, ceiling);
  SENTENCE_END.lastIndex = 0;
  const match = SENTENCE_END.exec(region);
  SENTENCE_END.lastIndex = 0;
  return match ? position + match.index + 1 : ceiling;
}
