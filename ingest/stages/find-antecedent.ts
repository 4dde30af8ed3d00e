import type { Span } from '../../model/extraction.ts';
import type { Gender } from '../nlp/name-gender.ts';
import { ROLE_NOUNS } from '../nlp/lexicon.ts';
import { findSentenceStart } from '../nlp/sentences.ts';
import type { Mention } from './types.ts';

/** An entity a later pronoun may stand for: where it was named or quoted, and whether as a sentence's subject. */
interface Referent {
  position: number;
  /** The entity, or null for a "he" or "she" that is itself resolved when reached. */
  id: string | null;
  pronoun?: string;
  sentence: number;
  subject: boolean;
  /** Whether the article names it here for the first time, with a role after a comma ("Ada Brill, president of …"). */
  introduced?: boolean;
}

/** What finding antecedents reads of the article. */
export interface AntecedentInput {
  text: string;
  paragraphs: Span[];
  mentions: Mention[];
  entityOfMention: (string | null)[];
  typeOf: (id: string) => string | undefined;
  genders: Map<string, Gender>;
  insideQuote: (position: number) => boolean;
  /** Whether a verb lies between two offsets ("spoke after"), as the tagger read the text. */
  hasVerbBetween: (from: number, to: number) => boolean;
}

/** Resolves pronouns to the entities named before them; learns who spoke each quote as it goes. */
export interface AntecedentFinder {
  /** The entity "he", "she", "it" or "they" (or PERSON: "the businessman") at `position` most likely stands for, or null. */
  find: (position: number, pronoun: string) => string | null;
  /** Records that the quote opening at `position` was spoken by `id`: it counts as that sentence's subject. */
  addSpeaker: (position: number, id: string) => void;
}

const MAX_DISTANCE = 3000;
// A role in apposition after a name: ", president of the caucus", ", a former aide to".
const INTRODUCING_ROLE = new RegExp(`^,\\s+(?:(?:the|a|an)\\s+)?(?:[\\p{L}.'’-]+\\s+){0,3}(?:${[...ROLE_NOUNS].join('|')})\\b`, 'u');
/** What a person described by a role ("the New York businessman") is looked up as: any person, of either gender. */
export const PERSON = 'person';
const BODIES = ['Agency', 'Organization'];

function findParagraphStart(paragraphs: Span[], position: number): number {
  let start = 0;
  for (const paragraph of paragraphs) {
    if (paragraph.start > position) break;
    start = paragraph.start;
  }
  return start;
}

/**
 * Whether a mention is its sentence's subject: it opens the sentence (after a few words such as
 * "Republican candidate" or a quote that ends), or follows an opening phrase and a comma and comes
 * before a verb ("Pushed by the host, Cuban demurred").
 */
function isSubject(text: string, sentence: number, mention: Mention): boolean {
  const start = mention.role?.start ?? mention.start;
  const lead = text.slice(sentence, start);
  const quoteEnd = Math.max(0, ...['”', '"', "''"].map((mark) => (lead.lastIndexOf(mark) < 0 ? 0 : lead.lastIndexOf(mark) + mark.length)));
  const afterQuote = lead.slice(quoteEnd);
  // A few words may come first ("Republican candidate"), but not a phrase ("Pressed by host Vetch").
  const opening = /^[\s,—–-]*(?:(?:the|a|an) )?(?:[\p{L}.'’-]+ ){0,4}$/iu.test(afterQuote) && !/[,;]/.test(afterQuote.replace(/^[\s,]+/, ''));
  if (opening && !/\b(?:by|about|of|in|on|at|for|with|to|from|after|before|during|when|while|as|if|although|though|because|since|unlike|like)\b/i.test(afterQuote)) return true;
  return /,\s*$/.test(lead) && /^\s+(?!and\b|or\b|of\b|in\b|on\b)\p{Ll}/u.test(text.slice(mention.end, mention.end + 12));
}

/**
 * "Clinton campaign spokeswoman Jennifer Palmieri said": the titled name a first name only qualifies
 * (a few words and a title between, no "and"), or null.
 */
function modifiedName(text: string, mention: Mention, mentions: readonly Mention[]): Mention | null {
  const next = mentions.find((other) => other.start >= mention.end && other.start - mention.end <= 40 && other.type === 'Person');
  if (!next) return null;
  // The next name carries a title ("spokeswoman Jennifer Palmieri"), so what stands between describes it.
  if (!next.role || next.role.start < mention.end) return null;
  const between = text.slice(mention.end, next.role.start);
  return /^(?:['’]s)?(?:\s+\p{L}[\p{L}-]*){0,3}\s+$/u.test(between) && !/\b(?:and|or|but|said|says|told)\b/u.test(between) ? next : null;
}

/** A small document-level coreference over people and bodies: the nearest sentence naming a fitting entity, its subject first. */
export function createAntecedentFinder(input: AntecedentInput): AntecedentFinder {
  const { text, paragraphs, mentions, entityOfMention, typeOf, genders, insideQuote, hasVerbBetween } = input;
  const sentenceOf = (position: number) => findSentenceStart(text, findParagraphStart(paragraphs, position), position);
  const named: Referent[] = [];
  mentions.forEach((mention, i) => {
    const id = entityOfMention[i];
    if (!id || mention.nested || insideQuote(mention.start) || typeOf(id) === 'Place') return;
    const sentence = sentenceOf(mention.start);
    const introduced = !named.some((earlier) => earlier.id === id) && INTRODUCING_ROLE.test(text.slice(mention.end, mention.end + 80));
    named.push({ position: mention.start, id, sentence, subject: isSubject(text, sentence, mention), introduced });
  });
  // "Later, Clinton campaign spokeswoman Jennifer Palmieri said": the subject is the titled name the first one qualifies.
  for (const referent of named) {
    const mention = mentions.find((m) => m.start === referent.position);
    const next = mention && referent.subject ? modifiedName(text, mention, mentions) : null;
    if (next && hasVerbBetween(mention!.end, next.role?.start ?? next.start)) continue;
    const heir = next ? named.find((other) => other.position === next.start) : undefined;
    if (!heir) continue;
    referent.subject = false;
    heir.subject = true;
  }
  // "He said he and Trump differ. He also asked…": an earlier subject pronoun passes on its referent.
  for (const match of text.matchAll(/\b(?:he|she)\b/giu)) {
    if (insideQuote(match.index)) continue;
    named.push({ position: match.index, id: null, pronoun: match[0].toLowerCase(), sentence: sentenceOf(match.index), subject: true });
  }
  named.sort((a, b) => a.position - b.position);
  const resolvedPronouns = new Map<number, string | null>();
  const spoken: Referent[] = [];

  const fits = (id: string, pronoun: string): boolean => {
    const type = typeOf(id) ?? '';
    if (pronoun === PERSON) return type === 'Person';
    if (pronoun === 'he' || pronoun === 'she') {
      const gender = genders.get(id);
      return type === 'Person' && (!gender || gender === (pronoun === 'he' ? 'male' : 'female'));
    }
    return BODIES.includes(type);
  };

  const idOf = (referent: Referent, pronoun: string): string | null => {
    if (referent.id !== null) return fits(referent.id, pronoun) ? referent.id : null;
    if (referent.pronoun !== pronoun) return null;
    if (!resolvedPronouns.has(referent.position)) resolvedPronouns.set(referent.position, find(referent.position, pronoun));
    return resolvedPronouns.get(referent.position) ?? null;
  };

  function find(position: number, pronoun: string): string | null {
    const referents = [...named, ...spoken].filter((r) => r.position < position).sort((a, b) => b.position - a.position);
    let sentence: number | null = null;
    let subject: string | null = null;
    let introduced: string | null = null;
    let first: string | null = null;
    for (const referent of referents) {
      if (position - referent.position > MAX_DISTANCE) break;
      if (referent.sentence !== sentence) {
        if (subject ?? introduced ?? first) return subject ?? introduced ?? first;
        sentence = referent.sentence;
      }
      const id = idOf(referent, pronoun);
      if (!id) continue;
      // Walking backwards, the last one kept is the earliest in the sentence.
      first = id;
      if (referent.subject) subject = id;
      // "…that concerns Henry Crespo, president of the caucus. “…,” he said": without a subject, the person
      // the sentence introduces is the one the next sentences go on about.
      if (referent.introduced) introduced ??= id;
    }
    return subject ?? introduced ?? first;
  }
  const addSpeaker = (position: number, id: string) => {
    spoken.push({ position, id, sentence: sentenceOf(position), subject: true });
  };
  return { find, addSpeaker };
}
