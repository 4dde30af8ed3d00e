import { isDictionaryWord, isListedProperNoun } from '../nlp/english-words.ts';
import type { Term } from '../nlp/tag-terms.ts';
import type { Mention, ResolvedEntity } from './types.ts';

const PERSON_TAGS = ['Person', 'FirstName', 'LastName'];

/**
 * "in Executive Session", "why did Oversight fail": a person only ever named by one capitalised word
 * of the language, which neither the dictionary's proper nouns nor the tagger know as a name, is no
 * person. "Trump", "Warren" and "Justice" are listed proper nouns; "Pence" after "Mike Pence" is the
 * full name's, so its entity has a name of two words.
 */
export function isCommonWordPerson(entity: ResolvedEntity, mentions: readonly Mention[], terms: readonly Term[]): boolean {
  if (entity.type !== 'Person') return false;
  return entity.mentions.every((index) => {
    const mention = mentions[index]!;
    if (mention.known || /[\s.-]/.test(mention.text) || !isDictionaryWord(mention.text) || isListedProperNoun(mention.text)) return false;
    const term = terms.find((t) => t.start === mention.start);
    return term === undefined || !PERSON_TAGS.some((tag) => term.tags.has(tag));
  });
}
