import type { EntityType } from '../model.ts';
import { isCapitalised } from '../nlp/find-name-runs.ts';
import { COUNTRY_NAMES, NAME_HEADS, SPORTS, TEAM_WORDS } from '../nlp/lexicon.ts';
import type { Term } from '../nlp/tag-terms.ts';
import type { CleanText, Mention } from './types.ts';

/** "Trump administration": a person's name and "administration" make an Agency. */
export function widenAdministration(mention: Mention, text: string): Mention {
  const after = /^ administration\b/.exec(text.slice(mention.end, mention.end + 16));
  if (!after || mention.type !== 'Person') return mention;
  const end = mention.end + after[0].length;
  return { ...mention, end, text: text.slice(mention.start, end), type: 'Agency', guessed: false, titledText: null };
}

/** Marks "Name (ACRONYM)" so the acronym joins the name's entity, adding the acronym if it is new. */
export function linkAcronyms(mentions: Mention[], text: string): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const definerOf = new Map<Mention, Mention>();
  const added: Mention[] = [];
  sorted.forEach((mention, i) => {
    const match = /^ ?\((\p{Lu}[\p{Lu}\p{Ll}&.]{1,9})\)/u.exec(text.slice(mention.end, mention.end + 14));
    if (!match || mention.type === 'Person') return;
    const start = mention.end + match[0].indexOf('(') + 1;
    const next = sorted[i + 1];
    if (next && next.start === start) return definerOf.set(next, mention);
    const acronym: Mention = { ...mention, start, end: start + match[1]!.length, text: match[1]!, known: null, titledText: null, role: null };
    definerOf.set(acronym, mention);
    added.push(acronym);
  });
  const all = [...sorted, ...added].sort((a, b) => a.start - b.start);
  const indexOf = new Map(all.map((mention, i) => [mention, i]));
  for (const [acronym, definer] of definerOf) acronym.acronymOf = indexOf.get(definer) ?? null;
  return all;
}

/** "Chuck Jordan", "Lamar Alexander of Tennessee": a listed place right after a first name is a surname. */
export function followsFirstName(hit: { start: number; entity: { type: EntityType } }, terms: Term[], text: string): boolean {
  if (hit.entity.type !== 'Place') return false;
  const previous = terms.findLast((term) => term.end <= hit.start);
  return previous !== undefined && previous.tags.has('FirstName') && /^[ \t]$/.test(text.slice(previous.end, hit.start))
    && isCapitalised(previous.text);
}

const SPEECH_AFTER = /^(?:,[^,]{1,60},)?\s+(?:said|says|told|added|wrote|asked|explained|noted|continued|argued|stated|insisted|recalled|replied)\b/;
const SPEECH_BEFORE = /\b(?:said|says|added|told|asked|wrote|according to)\s+$/;

/** "Caddell said", "said Caddell": a lone unknown name that speaks is a person. */
export function isSpeechSubject(mention: Mention, text: string): boolean {
  if (mention.type !== 'Person') return false;
  return SPEECH_AFTER.test(text.slice(mention.end, mention.end + 80)) || SPEECH_BEFORE.test(text.slice(Math.max(0, mention.start - 20), mention.start));
}

const DIRECTIONS = /^(?:(?:North|South|East|West|Northern|Southern|Eastern|Western|New|Upper|Lower|Greater|Central|Metro|Old)\s*)+$/;

/** "Kurdistan Democratic Party", "Irving Police Department": a place written before a body's name is part of it. */
export function mergePlacePrefixes(mentions: Mention[], text: string): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const merged: Mention[] = [];
  for (const mention of sorted) {
    const previous = merged.at(-1);
    // "New South Wales", "Western Australia", "East Los Angeles".
    if (previous && mention.type === 'Place' && !previous.known && DIRECTIONS.test(previous.text) && /^[ \t]$/.test(text.slice(previous.end, mention.start))) {
      merged[merged.length - 1] = { ...mention, start: previous.start, text: text.slice(previous.start, mention.end), known: null };
      continue;
    }
    const bodyHead = NAME_HEADS.get(mention.text.split(/\s+/).at(-1) ?? '');
    const adjacent = previous !== undefined && /^[ \t]$/.test(text.slice(previous.end, mention.start));
    if (adjacent && previous.type === 'Place' && !mention.titledText && (bodyHead === 'Organization' || bodyHead === 'Agency')
      && mention.type === bodyHead) {
      merged[merged.length - 1] = { ...mention, start: previous.start, text: text.slice(previous.start, mention.end), known: null, guessed: false };
      continue;
    }
    // "Manchester City", "Real Madrid": a place and a club word make a team.
    if (adjacent && ((previous.type === 'Place' && TEAM_WORDS.has(mention.text)) || (mention.type === 'Place' && TEAM_WORDS.has(previous.text)))) {
      merged[merged.length - 1] = { ...mention, start: previous.start, text: text.slice(previous.start, mention.end), type: 'Organization', known: null, guessed: false };
      continue;
    }
    merged.push(mention);
  }
  return merged;
}

const SPORTS_HEADLINE = new RegExp(`^\\s*(?:${SPORTS.join('|')})\\s+-\\s`);
const LOCATIVE = /\b(?:in|at|from|near|to|of|outside|around)\s+$/i;

/** In a sports results story, "Surrey beat Essex": a city or county named as an actor is its team. */
export function retypeTeams(mentions: Mention[], clean: CleanText): Mention[] {
  if (!SPORTS_HEADLINE.test(clean.text.slice(0, 60))) return mentions;
  return mentions.map((mention) => {
    if (mention.type !== 'Place' || COUNTRY_NAMES.has(mention.known?.name ?? mention.text)) return mention;
    const lineStart = clean.text.lastIndexOf('\n', mention.start) + 1;
    const before = clean.text.slice(Math.max(lineStart, mention.start - 12), mention.start);
    const dateline = mention.start === lineStart && /^\s+\d{4}-\d\d-\d\d/.test(clean.text.slice(mention.end, mention.end + 12));
    if (dateline || LOCATIVE.test(before)) return mention;
    return { ...mention, type: 'Organization', known: null, guessed: false };
  });
}

