import { isDictionaryWord } from '../nlp/english-words.ts';
import { COMPANY_SUFFIXES, NAME_HEADS, TEAM_WORDS } from '../nlp/lexicon.ts';
import { isPluralNoun } from '../nlp/is-plural-noun.ts';
import { findGivenNameGender } from '../nlp/name-gender.ts';
import { isChamberCommittee } from './adjust-mentions.ts';
import type { Mention } from './types.ts';

/** Two mentions side by side that are one name: the merged mention's fields, or null for two names. */
type MergeRule = (previous: Mention, mention: Mention, text: string) => Partial<Mention> | null;

const DIRECTIONS = /^(?:(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Northern|Southern|Eastern|Western|New|Upper|Lower|Greater|Central|Metro|Old)\s*)+$/;
const COUNTRY_CODES = /^(?:UK|US|USA|U\.S\.|U\.K\.)$/;
// A word before a name that makes it a place: "in Austin", "from Chad".
const PLACE_PREPOSITION = /\b(?:in|at|from|to|near|of|across|around|outside)\s$/i;
const BODY = { known: null, guessed: false, firstName: false } as const;
// Masthead words that name a town's newspaper after it, but are no body's head word elsewhere ("Gold Star").
const MASTHEAD_WORDS = /^(?:Sun|Star|Globe)$/;

/** Whether a mention's type comes from a head word in it ("Institute", "Open", "Arena"), not from a guess. */
function isHeadedBody(mention: Mention): boolean {
  if (mention.titledText || mention.type === 'Person') return false;
  const parts = mention.text.split(/\s+/);
  // "Moscow Radio", "Labour Department": a lone head word is only a guess, but a name once a place is before it.
  if (mention.guessed) return parts.length === 1 && NAME_HEADS.get(parts[0]!) === mention.type;
  // "Conference of Mayors": a conference of people is a body, though "Conference" alone heads an event.
  const conference = mention.type === 'Organization' && parts.includes('Conference');
  return conference || parts.some((word, i) => NAME_HEADS.get(word) === mention.type || NAME_HEADS.get(`${parts[i - 1]} ${word}`) === mention.type);
}

const RULES: MergeRule[] = [
  // "New South Wales", "Western Australia", "East Los Angeles".
  (previous, mention) => (mention.type === 'Place' && !previous.known && DIRECTIONS.test(previous.text) ? { ...mention, known: null } : null),
  // "Ontario Ghostbusters", "Denver Broncos": a place and an unknown plural name make a group.
  // "Houston Astros", "Chicago White Sox": also a club's nickname typed a body already.
  (previous, mention) => (previous.type === 'Place' && !DIRECTIONS.test(previous.text) && mention.type !== 'Place'
    && (mention.guessed || (mention.type === 'Organization' && !mention.known))
    && /^(?:\p{Lu}\p{Ll}+ )?\p{Lu}\p{Ll}+[sx]$/u.test(mention.text) && (mention.type === 'Organization' || isPluralNoun(mention.text))
    ? { ...mention, ...BODY, type: 'Organization' } : null),
  // "Hitwise UK", "Google UK": a company and the country code of its branch.
  (previous, mention) => (previous.type === 'Organization' && COUNTRY_CODES.test(mention.text) ? { ...previous, ...BODY, end: mention.end } : null),
  // "Massachusetts Institute of Technology", "Texas Open", "Google Science Fair".
  (previous, mention) => ((previous.type === 'Place' || previous.known?.type === 'Organization') && isHeadedBody(mention)
    ? { ...mention, ...BODY } : null),
  // "Las Vegas Sun", "Kansas City Star": a town and a newspaper's masthead word make its paper.
  (previous, mention) => (previous.type === 'Place' && MASTHEAD_WORDS.test(mention.text) ? { ...mention, ...BODY, type: 'Organization' } : null),
  // "Manchester City", "Real Madrid": a place and a club word make a team.
  (previous, mention) => ((previous.type === 'Place' && TEAM_WORDS.has(mention.text)) || (mention.type === 'Place' && TEAM_WORDS.has(previous.text))
    ? { ...mention, ...BODY, type: 'Organization' } : null),
  // "Chad Michael Murray", "Paris Hilton": a one-word place that is also a given name opens the person's
  // name after it, unless a preposition makes it the place ("in Austin Marta Velkins said").
  (previous, mention, text) => (previous.type === 'Place' && mention.type === 'Person' && !mention.titledText && !previous.text.includes(' ')
    && findGivenNameGender(previous.text) !== null && !PLACE_PREPOSITION.test(text.slice(Math.max(0, previous.start - 8), previous.start))
    ? { ...mention, known: null, guessed: false } : null),
];

/**
 * "Truth and Reconciliation Commission", "House Oversight and Government Reform Committee": words of
 * the language, capitalised, joined by "and" to a body's headed name are the first half of that name
 * (a name of its own would have words only a name has, as "Smith and Jones Committee" has). Companies'
 * suffixes are left out: "Apple and Google Inc." are two companies.
 */
function joinsConjoinedBody(previous: Mention, mention: Mention, text: string): Partial<Mention> | null {
  if ((mention.type !== 'Organization' && mention.type !== 'Agency') || mention.known || !isHeadedBody(mention)) return null;
  const last = mention.text.split(/\s+/).at(-1)!.replace(/\.$/, '');
  if (COMPANY_SUFFIXES.has(last)) return null;
  // "House" and "Senate" read as title words ("House Speaker") before "Oversight" open the committee's name.
  const chamber = /(?<![\p{L}.])(?:House|Senate) $/u.exec(text.slice(Math.max(0, previous.start - 7), previous.start));
  const start = chamber ? previous.start - chamber[0].length : previous.start;
  const words = text.slice(start, previous.end).split(/\s+/);
  if (previous.known || words.length > 4 || !words.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word) && isDictionaryWord(word))) return null;
  const name = text.slice(start, mention.end);
  return { ...mention, ...BODY, start, type: isChamberCommittee(name) ? 'Agency' : mention.type, role: null, titledText: null };
}

// Words that name a place by what it is, before "of" and the place it belongs to: "Gulf of Mexico", "State of Ohio".
const PLACE_BEFORE_OF = new Set(['Cape', 'Isle', 'Mount', 'State', 'Kingdom']);

/**
 * "Gulf of Mexico", "Cape of Good Hope", "State of Ohio": a lone word for a kind of place, "of" and a
 * place are one place, though the place after "of" was found on its own (a known name, or a run).
 */
function joinsPlaceOf(previous: Mention, mention: Mention): Partial<Mention> | null {
  if (mention.type !== 'Place' || previous.text.includes(' ') || previous.titledText) return null;
  const isPlaceWord = NAME_HEADS.get(previous.text) === 'Place' || PLACE_BEFORE_OF.has(previous.text);
  return isPlaceWord ? { ...mention, ...BODY, type: 'Place' } : null;
}

/**
 * Names written side by side that are one name: "Kurdistan Democratic Party", "Irving Police
 * Department", "Manchester City", "Hitwise UK". The first rule that applies decides the type.
 */
export function mergeAdjacentNames(mentions: Mention[], text: string): Mention[] {
  const merged: Mention[] = [];
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    const previous = merged.at(-1);
    const gap = previous ? text.slice(previous.end, mention.start) : '';
    const fields = !previous ? null
      : /^[ \t]$/.test(gap) ? RULES.reduce<Partial<Mention> | null>((found, rule) => found ?? rule(previous, mention, text), null)
        : gap === ' and ' ? joinsConjoinedBody(previous, mention, text)
          : /^ of (?:the )?$/.test(gap) ? joinsPlaceOf(previous, mention) : null;
    if (!previous || !fields) {
      merged.push(mention);
      continue;
    }
    // The rules spread the later mention, whose start is not the merged name's; a conjoined body's may open before it.
    const start = gap === ' and ' ? fields.start! : previous.start;
    const end = fields.end ?? mention.end;
    merged[merged.length - 1] = { ...mention, ...fields, start, end, text: text.slice(start, end) };
  }
  return merged;
}
