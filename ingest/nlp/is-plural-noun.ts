import nlp from 'compromise';

const cache = new Map<string, boolean>();

/** Whether a word, read in lower case, is a plural common noun ("operations", "companies"); cached. */
export function isPluralNoun(word: string): boolean {
  const key = word.toLowerCase();
  let plural = cache.get(key);
  if (plural === undefined) {
    const doc = nlp(key);
    plural = doc.has('#Plural') && !doc.has('#ProperNoun') && !doc.has('#Person');
    cache.set(key, plural);
  }
  return plural;
}
