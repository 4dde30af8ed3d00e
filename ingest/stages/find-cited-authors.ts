import { isDictionaryWord } from '../nlp/english-words.ts';
import { isFirstName } from '../nlp/word-lexicon.ts';
import type { CleanText, Mention } from './types.ts';

// "Austen, Jane." or "Marx, Karl and Engels, Friedrich.": surname, comma, given names, as a reading list or a
// bibliography writes its authors at the start of a line.
const CITED_AUTHOR = /(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?), (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*)(?=\.\s| and \p{Lu})/uy;

/** Authors cited surname first at the start of a paragraph, each one person named as written. */
export function findCitedAuthors(clean: CleanText): Mention[] {
  const found: Mention[] = [];
  for (const paragraph of clean.paragraphs) {
    let at = paragraph.start;
    for (;;) {
      CITED_AUTHOR.lastIndex = at;
      const match = CITED_AUTHOR.exec(clean.text);
      // "Still, Bernie and Hillary …": a word of the language before the comma opens a sentence, not a citation.
      if (!match || match.index + match[0].length > paragraph.end || !isFirstName(match[2]!.split(' ')[0]!) || isDictionaryWord(match[1]!)) break;
      found.push({
        start: match.index, end: match.index + match[0].length, text: match[0], type: 'Person', known: null,
        role: null, titledText: null, guessed: false, acronymOf: null,
      });
      if (!clean.text.startsWith(' and ', CITED_AUTHOR.lastIndex)) break;
      at = CITED_AUTHOR.lastIndex + ' and '.length;
    }
  }
  return found;
}
