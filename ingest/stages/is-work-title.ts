import { readList } from '../nlp/data-files.ts';
import { findGivenNameGender } from '../nlp/name-gender.ts';
import type { Mention } from './types.ts';

const WORK_NOUNS: ReadonlySet<string> = new Set(readList('work-nouns.txt'));

const SUBTITLE_BEFORE = /[\p{L}\d]:\s+The\s+$/u;

/**
 * Whether a name no list knows is the title of a work: after a noun for one ("the period drama
 * Copying Beethoven", "the series Gilmore Girls", "the drama Downton Abbey", whatever its words made
 * it look like) or before the year it came out in brackets ("Brideshead Revisited (2008)") when it
 * opens with no given name; a person's brackets hold a span of years. Events are left alone: "the
 * film festival" is no title.
 */
export function isWorkTitle(mention: Mention, text: string): boolean {
  if (mention.titledText || mention.known) return false;
  // "Batman: The Animated Series", "13 Hours: The Secret Soldiers of Benghazi": a subtitle after its title's colon.
  if (SUBTITLE_BEFORE.test(text.slice(Math.max(0, mention.start - 30), mention.start))) return true;
  if (mention.type === 'Event') return false;
  const before = /(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, mention.start - 20), mention.start));
  if (before && WORK_NOUNS.has(before[1]!)) return true;
  // "by Giovanni Bellini (1505)": a person's name before the year of their work.
  const givenName = findGivenNameGender(mention.text.split(/\s+/)[0]!) !== null;
  return !givenName && /^!?\s\((?:1[5-9]|20)\d\d\)/.test(text.slice(mention.end, mention.end + 9));
}
