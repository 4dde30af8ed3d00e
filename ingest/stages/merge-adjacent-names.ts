import { NAME_HEADS, TEAM_WORDS } from '../nlp/lexicon.ts';
import { isPluralNoun } from '../nlp/is-plural-noun.ts';
import type { Mention } from './types.ts';

/** Two mentions side by side that are one name: the merged mention's fields, or null for two names. */
type MergeRule = (previous: Mention, mention: Mention) => Partial<Mention> | null;

const DIRECTIONS = /^(?:(?:North|South|East|West|Northern|Southern|Eastern|Western|New|Upper|Lower|Greater|Central|Metro|Old)\s*)+$/;
const COUNTRY_CODES = /^(?:UK|US|USA|U\.S\.|U\.K\.)$/;
const BODY = { known: null, guessed: false, firstName: false } as const;

/** Whether a mention's type comes from a head word in it ("Institute", "Open", "Arena"), not from a guess. */
function isHeadedBody(mention: Mention): boolean {
  if (mention.titledText || mention.type === 'Person') return false;
  const parts = mention.text.split(/\s+/);
  // "Moscow Radio", "Labour Department": a lone head word is only a guess, but a name once a place is before it.
  if (mention.guessed) return parts.length === 1 && NAME_HEADS.get(parts[0]!) === mention.type;
  return parts.some((word, i) => NAME_HEADS.get(word) === mention.type || NAME_HEADS.get(`${parts[i - 1]} ${word}`) === mention.type);
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
  // "Manchester City", "Real Madrid": a place and a club word make a team.
  (previous, mention) => ((previous.type === 'Place' && TEAM_WORDS.has(mention.text)) || (mention.type === 'Place' && TEAM_WORDS.has(previous.text))
    ? { ...mention, ...BODY, type: 'Organization' } : null),
];

/**
 * Names written side by side that are one name: "Kurdistan Democratic Party", "Irving Police
 * Department", "Manchester City", "Hitwise UK". The first rule that applies decides the type.
 */
export function mergeAdjacentNames(mentions: Mention[], text: string): Mention[] {
  const merged: Mention[] = [];
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    const previous = merged.at(-1);
    const fields = previous && /^[ \t]$/.test(text.slice(previous.end, mention.start))
      ? RULES.reduce<Partial<Mention> | null>((found, rule) => found ?? rule(previous, mention), null) : null;
    if (!previous || !fields) {
      merged.push(mention);
      continue;
    }
    const start = previous.start;
    const end = fields.end ?? mention.end;
    merged[merged.length - 1] = { ...mention, ...fields, start, end, text: text.slice(start, end) };
  }
  return merged;
}
