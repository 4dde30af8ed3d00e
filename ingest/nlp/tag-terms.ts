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

type Tokenize = (text: string, world: unknown) => unknown;
interface World { methods: { one: { tokenize: { fromString: Tokenize } } } }
type DocumentView = ReturnType<typeof nlp>;
// compromise's View class, to make a document of a text without running its hooks (nlp(text) runs them all).
const View = Object.getPrototypeOf(nlp('x')).constructor as new (document: unknown) => DocumentView;
const world = nlp.world() as unknown as World;
// Every hook of nlp(text) but the last, which groups words into noun and verb phrases: nothing here reads those
// chunks, and they cost a tenth of the tagging. The tags are the same as nlp(text)'s (checked on every article of
// the evaluation sets, and pinned by the tests).
const TAGGING_HOOKS = nlp.hooks().filter((hook) => hook !== 'chunks');

/** compromise's tagged document of a text, as nlp(text) makes it but without phrase chunks. */
export function tagDocument(text: string): DocumentView {
  if (text === '') return nlp('');
  return new View(world.methods.one.tokenize.fromString(text, world)).compute(TAGGING_HOOKS) as DocumentView;
}

/**
 * The words of a text with their tags; compromise runs once over the whole text, and its terms are
 * read directly (building its JSON costs a fifth of the time).
 * @example tagTerms('Gov. Jonah Corvin said.')[1] // { text: 'Jared', tags: Set{'FirstName', …}, … }
 */
export function tagTerms(text: string): Term[] {
  const doc = tagDocument(text);
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

/** The index of the first word starting at or after `offset` (the words are in text order); their count for none. */
export function findTermIndexAt(terms: readonly Term[], offset: number): number {
  let [low, high] = [0, terms.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (terms[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
