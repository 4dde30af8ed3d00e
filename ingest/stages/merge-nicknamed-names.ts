import { isDictionaryWord } from '../nlp/english-words.ts';
import { isFirstName } from '../nlp/word-lexicon.ts';
import type { Mention } from './types.ts';

// Given names, a nickname in quotation marks, a surname: "Jonah "Joe" Corvin", "Ana Lise “Lise” Brandt".
// The quotation marks hug the nickname, so a quote opening after a name ("Kim: "Yes") is not read as one.
const NICKNAMED = /(?<![\p{L}\p{N}'’.])((?:\p{Lu}[\p{Ll}'’-]+ ){1,3})["“](\p{Lu}[\p{Ll}'’-]+)["”] (\p{Lu}[\p{Ll}'’-]+)(?![\p{L}\p{N}])/gu;

/** The span of the name from its first given name on: a capitalised word of the language before it ("Architect") is left out. */
function givenNamesStart(match: RegExpExecArray): number {
  const words = match[1]!.trim().split(' ');
  const first = words.findIndex((word) => isFirstName(word) || !isDictionaryWord(word));
  return first < 0 ? -1 : match.index + words.slice(0, first).reduce((length, word) => length + word.length + 1, 0);
}

/**
 * "Finley "Finn" Polmar": a nickname in quotation marks between a person's given names and surname is
 * part of the one name, not a name of its own, and the words around it (a given name read as a
 * town, a surname read as a body) are that person's. The mention reads "Finley Polmar", the
 * name as written its other form.
 */
export function mergeNicknamedNames(mentions: Mention[], text: string): Mention[] {
  let merged = mentions;
  for (const match of text.matchAll(NICKNAMED)) {
    const start = givenNamesStart(match);
    const end = match.index + match[0].length;
    if (start < 0) continue;
    const surname = merged.find((m) => m.end === end);
    const opener = text.slice(start).split(' ')[0]!;
    if (!isFirstName(opener) && surname?.type !== 'Person') continue;
    if (merged.some((m) => (m.start < start && m.end > start) || (m.start < end && m.end > end))) continue;
    // The name goes without the nickname ("Finley Polmar"), as later mentions write it; the whole is kept as written.
    const written = text.slice(start, end);
    const person: Mention = {
      start, end, text: written.replace(/ ["“][^"”]+["”]/u, ''), type: 'Person', known: null, role: null, titledText: written,
      guessed: false, acronymOf: null, firstName: false,
    };
    merged = [...merged.filter((m) => m.end <= start || m.start >= end), person].sort((a, b) => a.start - b.start);
  }
  return merged;
}
