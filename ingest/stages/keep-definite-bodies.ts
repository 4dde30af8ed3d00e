import { NAME_HEADS } from '../nlp/lexicon.ts';
import type { Mention } from './types.ts';

// "the Court", "the Parliament": the article after a lone capitalised head, read right before it.
const DEFINITE_BEFORE = /(?:^|[^\p{L}])the\s+$/iu;

// "the Government" is written capitalised of any government as often as of one the text names: on GUM
// train it was the body meant three times and an unmarked common noun twice, so it is left a guess.
const VAGUE_HEADS: ReadonlySet<string> = new Set(['Government']);

// "the Academy", "the Church": heads of bodies that are no public bodies, which a biography writes
// capitalised after "the" of the one academy or church it follows (GUM train: three documents). Not
// "the University": CoNLL leaves it unmarked after naming the university in full.
const INSTITUTION_HEADS: ReadonlySet<string> = new Set(['Academy', 'Church']);

const isDefiniteHead = (word: string): boolean =>
  (NAME_HEADS.get(word) === 'Agency' && !VAGUE_HEADS.has(word)) || INSTITUTION_HEADS.has(word);

/**
 * "The appeal failed, the Court held": a lone head of public bodies (or an academy's, a church's),
 * capitalised after "the", names the one body the text speaks of (the court deciding, the parliament
 * sitting). Alone, "Court" or "Parliament" is only a guess, which resolution drops; after "the" it is
 * kept, and joins the one longer name ending with it or opening it before "of" ("Supreme Court")
 * where the text gives one.
 */
export function keepDefiniteBodies(mention: Mention, text: string): Mention {
  if (!mention.guessed || (mention.type !== 'Agency' && mention.type !== 'Organization') || /\s/.test(mention.text)) return mention;
  if (!isDefiniteHead(mention.text)) return mention;
  if (!DEFINITE_BEFORE.test(text.slice(Math.max(0, mention.start - 8), mention.start))) return mention;
  return { ...mention, guessed: false, definite: true };
}
