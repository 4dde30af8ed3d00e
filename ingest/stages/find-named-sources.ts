import { findGivenNameGender } from '../nlp/name-gender.ts';
import type { Mention } from './types.ts';

// "According to Variety,", "As reported by Western Journalism,", "first reported by The Federalist.": what
// follows names a source, so a capitalised name there is one even when its words are common ones.
const CITED_SOURCE = /\b(?:[Aa]ccording to|[Rr]eported by|[Rr]eporting by)\s+(?:the\s+|The\s+)?(\p{Lu}[\p{L}\d.&'’-]*(?:\s+(?:of|for|and|&)?\s*\p{Lu}[\p{L}\d.&'’-]*){0,4})(?=\s*[,.;]|\s+(?:reported|said|says|wrote)\b)/gu;
const CALENDAR_WORDS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday)\b/u;

/**
 * The sources that "according to" and "reported by" name: an outlet or a body ("According to Variety, …"),
 * or a person where the name opens with a given name ("according to Jane Mayer,"). A name only guessed there
 * is confirmed, and one no rule found is added; one found for sure stays as it is, unless it is a place
 * that opens the source's name.
 */
export function confirmNamedSources(text: string, mentions: readonly Mention[]): Mention[] {
  const confirmed = [...mentions];
  for (const match of text.matchAll(CITED_SOURCE)) {
    const name = match[1]!.replace(/['’]s?$/u, '');
    const start = match.index + match[0].length - match[1]!.length;
    const end = start + name.length;
    if (CALENDAR_WORDS.test(name)) continue;
    const overlapping = confirmed.filter((m) => m.start < end && start < m.end);
    // "According to the Washington Free Beacon": a place may open the source's name.
    const inName = (m: Mention) => m.type === 'Place' && start <= m.start && m.end <= end && m.end - m.start < end - start;
    if (overlapping.some((m) => !m.guessed && !inName(m))) continue;
    const words = name.split(/\s+/);
    const person = words.length > 1 && findGivenNameGender(words[0]!) !== null;
    const source: Mention = {
      start, end, text: name, type: person ? 'Person' : 'Organization', known: null,
      role: null, titledText: null, guessed: false, acronymOf: null,
    };
    confirmed.splice(0, confirmed.length, ...confirmed.filter((m) => !overlapping.includes(m)), source);
  }
  return confirmed.sort((a, b) => a.start - b.start);
}
