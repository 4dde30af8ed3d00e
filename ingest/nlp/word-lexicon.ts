import nlp from 'compromise';

// compromise's own word list: "anthony" → "MaleName". Read once; a lookup per word, no tagging.
const LEXICON = (nlp as unknown as { model: () => { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);

/**
 * Whether compromise lists the word as a first name ("Anthony", "Helena"), even where it tags it
 * otherwise in context ("Anthony Hill" as a place, like "Notting Hill").
 */
export function isFirstName(word: string): boolean {
  const tags = LEXICON[word.toLowerCase()];
  if (tags === undefined) return false;
  return Array.isArray(tags) ? tags.some((tag) => NAME_TAGS.has(tag)) : NAME_TAGS.has(tags);
}

/** The name tag compromise lists a word under ("MaleName", "FemaleName", "FirstName"), or null. */
export function findGivenNameTag(word: string): string | null {
  const tags = LEXICON[word.toLowerCase()];
  if (tags === undefined) return null;
  return (Array.isArray(tags) ? tags : [tags]).find((tag) => NAME_TAGS.has(tag)) ?? null;
}

const NAME_LIKE_TAGS = new Set([...NAME_TAGS, 'Person', 'LastName', 'Organization', 'Place', 'Country', 'City', 'Region', 'Acronym']);

/** Whether compromise lists the word, in lower case, as a common word ("unless", "orders"), not a name. */
export function isCommonWord(word: string): boolean {
  const tags = LEXICON[word.toLowerCase()];
  if (tags === undefined) return false;
  return !(Array.isArray(tags) ? tags : [tags]).some((tag) => NAME_LIKE_TAGS.has(tag));
}
