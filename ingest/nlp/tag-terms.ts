import nlp from 'compromise';

/** One word as compromise sees it, with its offsets into the text and its part-of-speech tags. */
export interface Term {
  text: string;
  start: number;
  end: number;
  /** Punctuation and spaces before and after the word. */
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  /** Index of the sentence it belongs to, counted over the whole text. */
  sentence: number;
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

/**
 * The words of a text with their tags; compromise runs once over the whole text, and its terms are
 * read directly (building its JSON costs a fifth of the time).
 * @example tagTerms('Gov. Jonah Corvin said.')[1] // { text: 'Jared', tags: Set{'FirstName', …}, … }
 */
export function tagTerms(text: string): Term[] {
  const doc = nlp(text);
  doc.compute('offset');
  const sentences = (doc as unknown as { docs: CompromiseTerm[][] }).docs;
  const terms: Term[] = [];
  sentences.forEach((sentence, index) => {
    for (const term of sentence) {
      if (!term.offset || term.text === '') continue;
      const start = term.offset.start;
      terms.push({
        text: term.text, start, end: start + term.offset.length,
        pre: term.pre, post: term.post, tags: term.tags, sentence: index,
      });
    }
  });
  return terms;
}
