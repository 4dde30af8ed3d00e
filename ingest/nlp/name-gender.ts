import { readTable } from './data-files.ts';
import { findGivenNameTag } from './word-lexicon.ts';

/** Whether a person is referred to as "he" or "she". */
export type Gender = 'male' | 'female';

const GENDERED_WORDS: ReadonlyMap<string, Gender> = new Map(
  readTable('gendered-words.tsv', 2).map(([word = '', gender = '']) => [word, gender as Gender]),
);

/** The gender a title or honorific says ("Mrs." → female, "congressman" → male), or null. */
export function findTitleGender(title: string): Gender | null {
  const words = title.toLowerCase().split(/\s+/);
  for (const word of [title.toLowerCase(), ...words]) {
    const gender = GENDERED_WORDS.get(word);
    if (gender) return gender;
  }
  return null;
}

/** The gender compromise's list of given names gives a first name ("Nicole" → female), or null. */
export function findGivenNameGender(firstName: string): Gender | null {
  const tag = findGivenNameTag(firstName);
  return tag === 'MaleName' ? 'male' : tag === 'FemaleName' ? 'female' : null;
}
