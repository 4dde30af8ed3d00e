import type { EntityType } from '../../model/graph-model.ts';
import { readTable } from '../nlp/data-files.ts';
import { isAbstractNoun, isDictionaryWord, isListedProperNoun } from '../nlp/english-words.ts';
import { NAME_HEADS } from '../nlp/lexicon.ts';
import { findTermIndexAt, type Term } from '../nlp/tag-terms.ts';
import type { Mention } from './types.ts';

type Where = 'before' | 'after' | 'of';
const CUES = new Map<string, EntityType>(
  readTable('cue-nouns.tsv', 3).map(([word = '', type = '', where = '']) => [`${where}:${word}`, type as EntityType]),
);

const WORD_BEFORE = /([\p{Ll}-]+)\s+$/u;
const WORD_BEFORE_OF = /([\p{Ll}]+)\s+of\s+(?:the\s+)?$/u;
const WORD_AFTER = /^\s+([\p{Ll}]+)\b/u;

// "the companies Venalum and Alcasa", "the religious schools Santo Spirito and Immacolata": a cue noun in the
// plural types each name of the list after it.
const singularOf = (word: string): string => word.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');

const cueOf = (where: Where, match: RegExpExecArray | null): EntityType | undefined =>
  match ? CUES.get(`${where}:${match[1]}`) ?? (where === 'before' ? CUES.get(`before:${singularOf(match[1]!)}`) : undefined) : undefined;

/** The type a lower-case noun next to the mention gives it ("telecoms group Ericsson", "Jones shares"), if any. */
export function findCueType(mention: Mention, text: string): EntityType | undefined {
  const before = text.slice(Math.max(0, mention.start - 40), mention.start);
  return cueOf('of', WORD_BEFORE_OF.exec(before)) ?? cueOf('before', WORD_BEFORE.exec(before))
    ?? cueOf('after', WORD_AFTER.exec(text.slice(mention.end, mention.end + 20)))
    ?? (IS_PLACE_AFTER.test(text.slice(mention.end, mention.end + 60)) ? 'Place' : undefined);
}

// "Temescal is a neighborhood", "Kopinga is the official meeting place": a name the sentence says is a
// kind of place, a few words of description between.
const IS_PLACE_AFTER = /^\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:neighbou?rhood|island|town|city|village|district|suburb|hamlet|borough|municipality|province|region|port|place|lake|river|mountain|beach|trail)\b/u;

// "in Longyear", "off the Solent": after a preposition of place, an unknown one-word name is a place.
const LOCATIVE = /\b(?:in|into|near|outside|across|off|through)\s+(?:the\s+)?$/;

// Words that may follow a place named after a preposition: "in Brenmoor near…", "in Brenmoor will…".
const LINKING_TAGS = ['Verb', 'Preposition', 'Conjunction', 'Determiner', 'Adverb', 'Pronoun', 'QuestionWord'];
// Prepositions of place that compromise may tag as adjectives ("near").
const PLACE_WORDS = /^(?:near|outside|inside|around|across|beyond|along)$/;

function isLocative(mention: Mention, terms: Term[], text: string, personWords: ReadonlySet<string>): boolean {
  if (!mention.guessed || mention.text.includes(' ') || NAME_HEADS.has(mention.text) || personWords.has(mention.text)) return false;
  // "in Linguistics", "in Psychology": a field or a common noun in capitals, unless also a place's name ("in Reading").
  if ((isDictionaryWord(mention.text) && !isListedProperNoun(mention.text)) || isAbstractNoun(mention.text)) return false;
  if (!LOCATIVE.test(text.slice(Math.max(0, mention.start - 12), mention.start))) return false;
  if (ownsNamedThing(mention, text)) return false;
  return !qualifiesNext(mention, terms, text);
}

/** "in Shaw's Pygmalion", "at Platt's Music Hall": a possessor of a named thing, which a preposition before it places. */
export function ownsNamedThing(mention: Mention, text: string): boolean {
  return /^['’]s\s+\p{Lu}/u.test(text.slice(mention.end, mention.end + 5));
}

/** "in the Wimbledon semifinals", "in Batman: The Animated Series": whether a name qualifies what follows it. */
export function qualifiesNext(mention: Mention, terms: Term[], text: string): boolean {
  const next = terms[findTermIndexAt(terms, mention.end)];
  const gap = next ? text.slice(mention.end, next.start) : '';
  return !!(next && /^\s*:?\s*$/.test(gap) && (gap.includes(':') || (/^\p{Ll}/u.test(next.text) && !PLACE_WORDS.test(next.text) && !LINKING_TAGS.some((tag) => next.tags.has(tag)))));
}

/**
 * Names typed by the noun beside them when the word lists and titles said nothing: "the daily Le
 * Matin", "the village of Mahala", "Cofinec shares", "campaign spokeswoman Hope Marks". A person's full name
 * with a title keeps its type.
 */
export function retypeByCue(mentions: Mention[], terms: Term[], text: string): Mention[] {
  const personWords = new Set(mentions.filter((m) => m.type === 'Person' && !m.guessed).flatMap((m) => m.text.split(' ')));
  return mentions.map((mention) => {
    if (mention.known || mention.titledText) return mention;
    const cue = findCueType(mention, text);
    // "spokeswoman Hope Marks said": a role only people hold outweighs the plural or the head that typed the name.
    if (mention.type !== 'Person' && !mention.guessed && cue !== 'Person') return mention;
    const type = cue ?? (isLocative(mention, terms, text, personWords) ? 'Place' : undefined);
    if (!type || type === mention.type) return type ? { ...mention, guessed: false } : mention;
    return { ...mention, type, guessed: false, firstName: false, role: null };
  });
}
