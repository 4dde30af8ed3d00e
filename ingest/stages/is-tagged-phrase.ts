import { isDictionaryWord } from '../nlp/english-words.ts';
import type { Term } from '../nlp/tag-terms.ts';
import { findCueType } from './retype-by-cue.ts';
import type { Mention } from './types.ts';

/**
 * "Career development", "Military service": a capitalised word of the language, its body type
 * read from the tagger alone, whose tag runs on into the lower-case word after it. The tagger
 * read a common phrase (a heading, a sentence's opening words) as a body's name; no name is written.
 * A word that says what the name is ("Vogue magazine") and an acronym ("PAP news agency") keep it.
 */
export function isTaggedPhrase(mention: Mention, terms: readonly Term[], text: string): boolean {
  if (mention.type !== 'Organization' || mention.guessed || mention.known || mention.text.includes(' ')) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(mention.text) || !isDictionaryWord(mention.text) || findCueType(mention, text)) return false;
  const at = terms.findIndex((term) => term.start === mention.start);
  const word = terms[at];
  const next = terms[at + 1];
  return word !== undefined && next !== undefined && word.tags.has('Organization') && next.tags.has('Organization')
    && /^\p{Ll}/u.test(next.text) && text.slice(mention.end, next.start) === ' ';
}
