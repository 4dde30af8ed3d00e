import { isDictionaryWord } from '../nlp/english-words.ts';
import { DEMONYMS, NAME_HEADS, PARTY_ADJECTIVES } from '../nlp/lexicon.ts';

interface Hit { start: number; end: number; text: string; entity: { type: string } }

// The capitalised words written right before a name: "South African Indian " before "Congress".
const CAPITALS_BEFORE = /(?:^|[\s(])((?:\p{Lu}[\p{L}'’.-]* )+)$/u;
// "Congress of Arts and Sciences": "of" and a capitalised word of the language after the head.
const OF_WORD_AFTER = /^ of (\p{Lu}\p{Ll}+)\b/u;

/**
 * "the South African Indian Congress", "the First Congress", "the Congress of Arts and Sciences": a
 * listed body known by its head word alone (Congress, Senate, Parliament, Army) is the head of a longer
 * name when two capitalised words come before it, or one word of the language that is no people's or
 * party's ("the Brazilian Senate", "the Republican Congress" are the listed bodies with a qualifier),
 * or "of" and a word of the language after it ("the Senate of Canada" keeps its place apart).
 */
export function endsLongerAssemblyName(hit: Hit, text: string): boolean {
  if (hit.entity.type !== 'Agency' || NAME_HEADS.get(hit.text) !== 'Agency') return false;
  const before = CAPITALS_BEFORE.exec(text.slice(Math.max(0, hit.start - 60), hit.start))?.[1]?.trim().split(' ')
    .filter((word) => !/^(?:The|A|An)$/.test(word)) ?? [];
  const single = before.length === 1 ? before[0]! : null;
  const qualifier = single !== null && (DEMONYMS.has(single) || PARTY_ADJECTIVES.has(single) || !isDictionaryWord(single) || /\./.test(single));
  if (before.length >= 2 || (single !== null && !qualifier)) return true;
  const of = OF_WORD_AFTER.exec(text.slice(hit.end, hit.end + 30))?.[1];
  return of !== undefined && isDictionaryWord(of);
}
