import type { EntityType } from '../../model/graph-model.ts';
import { isCapitalised, startsWithParticiple } from '../nlp/find-name-runs.ts';
import { isFirstName } from '../nlp/word-lexicon.ts';
import { COUNTRY_NAMES } from '../nlp/lexicon.ts';
import { findTermIndexAt, type Term } from '../nlp/tag-terms.ts';
import type { Mention } from './types.ts';

/** "Trump administration": a person's name and "administration" make an Agency. */
export function widenAdministration(mention: Mention, text: string): Mention {
  const after = /^ administration\b/.exec(text.slice(mention.end, mention.end + 16));
  if (!after || mention.type !== 'Person') return mention;
  const end = mention.end + after[0].length;
  return { ...mention, end, text: text.slice(mention.start, end), type: 'Agency', guessed: false, titledText: null };
}

// Heads of a street's name, after which a written house number makes an address.
const STREET_HEADS = /\s(?:Avenue|Ave|Street|St|Boulevard|Blvd|Road|Rd|Drive|Dr|Lane|Ln|Terrace|Plaza|Way|Place)\.?$/;

// A house number of two to five digits, a compass letter ("S", "N."), or both, before a street's name.
const ADDRESS_BEFORE = /(?:(?<![\d.,:–-])\d{2,5} (?:[NSEW]\.? )?|(?<![\p{L}\d.,:–-])[NSEW]\.? )$/u;

/**
 * "1214 Anderson Ave", "317 S Detroit Ave.", "S 75th Ave": a house number or a compass letter before a
 * street's name belongs to the place, an address. A lone digit is more often a score ("2 Zenit St Petersburg").
 */
export function widenAddress(mention: Mention, text: string): Mention {
  if (mention.type !== 'Place' || !STREET_HEADS.test(mention.text)) return mention;
  const before = ADDRESS_BEFORE.exec(text.slice(Math.max(0, mention.start - 10), mention.start));
  if (!before) return mention;
  const start = mention.start - before[0].length;
  return { ...mention, start, text: text.slice(start, mention.end), known: null };
}

/**
 * "CEI (Italian Episcopal Conference)", "DS (Bureau of Diplomatic Security)": the name spelt out in brackets
 * right after an acronym, which the acronym's letters need not follow (the order of another language).
 */
function spellsOut(acronym: Mention, next: Mention | undefined, text: string): Mention | null {
  if (!next || next.type === 'Person' || !/^\p{Lu}{2,6}$/u.test(acronym.text) || next.text.split(' ').length < 2) return null;
  const between = text.slice(acronym.end, next.start);
  return /^ ?\((?:the )?$/.test(between) && text[next.end] === ')' ? next : null;
}

/** Marks "Name (ACRONYM)" and "ACRONYM (Name)" so the acronym joins the name's entity, adding the acronym if it is new. */
export function linkAcronyms(mentions: Mention[], text: string): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const definerOf = new Map<Mention, Mention>();
  const added: Mention[] = [];
  sorted.forEach((mention, i) => {
    const spelt = spellsOut(mention, sorted[i + 1], text);
    if (spelt) return definerOf.set(mention, spelt);
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

/**
 * "Paris Hilton", "Sydney Leathers": a listed place that the tagger reads as a person's given name before a
 * surname it reads as a person's too, is no place there.
 */
export function opensPersonName(hit: { start: number; end: number; entity: { type: EntityType } }, terms: Term[], text: string): boolean {
  if (hit.entity.type !== 'Place') return false;
  const at = findTermIndexAt(terms, hit.start);
  const [term, next] = [terms[at], terms[at + 1]];
  return !!term && !!next && term.start === hit.start && term.end === hit.end && term.tags.has('Person') && !term.tags.has('Place') && text.slice(term.end, next.start) === ' '
    && isCapitalised(next.text) && next.tags.has('Person') && !next.tags.has('Place');
}

/**
 * "Chuck Jordan", "Lamar Alexander of Tennessee", "Marc Lamont Hill": a listed place, or a listed
 * one-word body, right after a first name is a surname.
 */
export function followsFirstName(hit: { start: number; text: string; entity: { type: EntityType } }, terms: Term[], text: string): boolean {
  const oneWordBody = hit.entity.type === 'Organization' && /^\p{Lu}\p{Ll}+$/u.test(hit.text);
  if (hit.entity.type !== 'Place' && !oneWordBody) return false;
  let at = findTermIndexAt(terms, hit.start) - 1;
  while (at >= 0 && terms[at]!.end > hit.start) at -= 1;
  const previous = terms[at];
  return previous !== undefined && (previous.tags.has('FirstName') || (oneWordBody && isFirstName(previous.text)))
    && /^[ \t]$/.test(text.slice(previous.end, hit.start)) && isCapitalised(previous.text);
}

/**
 * "Saturday Evening Post", "Sun City", "Art Deco Fox": a listed one-word short name of a body (the
 * Post, the Sun, Fox) written beside another capitalised word is a word of a longer name, not that body.
 */
export function isInsideLongerName(hit: { start: number; end: number; text: string; entity: { type: EntityType; name: string } }, text: string): boolean {
  if (hit.entity.type !== 'Organization' || !/^\p{Lu}\p{Ll}+$/u.test(hit.text) || hit.text === hit.entity.name) return false;
  // "Virginia Democrats", "Committee Republicans": members of a party, named in the plural, still are the party's.
  if (/s$/.test(hit.text) && !hit.entity.name.includes(hit.text)) return false;
  const before = /(?:^|[\s(])(\p{Lu}[\p{L}'’.-]*) $/u.exec(text.slice(Math.max(0, hit.start - 30), hit.start))?.[1];
  const after = /^ (\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(hit.end, hit.end + 30))?.[1];
  return (before !== undefined && !/^(?:The|A|An)$/.test(before)) || after !== undefined;
}

/** "US$ 20,000", "HK$5": a country's letters glued to a dollar sign name a currency, not the place. */
export const isCurrencySign = (span: { end: number }, text: string): boolean => text[span.end] === '$';

/**
 * "Senate Banking Committee", "FBI Counterterrorism Division": a known body's name that opens a
 * unit's name is part of that name, not a mention of its own.
 */
export function opensUnitName(hit: { end: number; entity: { type: EntityType } }, text: string): boolean {
  return (hit.entity.type === 'Agency' || hit.entity.type === 'Organization')
    && /^(?: \p{Lu}[\p{L}&-]*){0,4} (?:Committee|Subcommittee|Caucus|Task Force|Division|Directorate|Investigations)\b/u.test(text.slice(hit.end, hit.end + 80));
}

/** "House Banking Committee", "Senate Ethics Subcommittee": a committee of a legislative chamber is a public body. */
export function isChamberCommittee(name: string): boolean {
  return /^(?:House|Senate)\s(?:(?:\p{Lu}[\p{L}'’-]*|and|&)\s)*(?:Committee|Subcommittee)$/u.test(name);
}

// The known ids of a legislature and its chambers.
const LEGISLATURES = new Set(['agency:congress', 'agency:us-senate', 'agency:us-house-of-representatives']);

/**
 * "the Intelligence Committee" in an article that named the "House Intelligence Committee": the
 * committee's name without its chamber is the same public body. "the Oversight Committee" in an article
 * that names Congress or one of its chambers is one of theirs too.
 */
export function typeCommitteesByChamber(mentions: Mention[]): Mention[] {
  const short = new Set(mentions.filter((m) => m.type === 'Agency' && isChamberCommittee(m.text)).map((m) => m.text.replace(/^\S+\s/, '')));
  const legislative = mentions.some((m) => LEGISLATURES.has(m.known?.id ?? ''));
  const isCommittee = (m: Mention) => legislative && /^(?:\p{Lu}[\p{L}'’-]*\s)+(?:Committee|Subcommittee)$/u.test(m.text);
  return mentions.map((mention) => (mention.type === 'Organization' && !mention.known && (short.has(mention.text) || isCommittee(mention))
    ? { ...mention, type: 'Agency', guessed: false } : mention));
}

/**
 * "Senate Banking Committee", "Homeland Security Investigations": a unit whose name a known agency's
 * name (or a legislative chamber: "House Financial Services Committee") opens is an agency too, and a
 * name, whatever its head word says of other names ("Democratic National Committee" is opened by no
 * agency, and stays an organization).
 */
export function typeUnitsByOpener(mentions: Mention[], openers: ReadonlyArray<{ start: number; entity: { type: EntityType } }>): Mention[] {
  return mentions.map((mention) => {
    const opener = openers.some((hit) => hit.start === mention.start && hit.entity.type === 'Agency') || isChamberCommittee(mention.text);
    // the known name inside makes it no guess
    return opener && (mention.type === 'Organization' || mention.type === 'Agency') && !mention.known ? { ...mention, type: 'Agency', guessed: false } : mention;
  });
}

/** "New York-based", "U.S.-led", "pro-Moscow": a name glued into a modifier by a hyphen names nothing here. */
export function isGluedModifier(mention: { start: number; end: number }, text: string): boolean {
  return startsWithParticiple(text.slice(mention.end, mention.end + 14))
    || /(?:^|[^\p{L}])(?:pro|anti|ex|non|mid|post|pre)-$/iu.test(text.slice(Math.max(0, mention.start - 6), mention.start));
}

const SPEECH_AFTER = /^(?:,[^,]{1,60},)?\s+(?:said|says|told|added|wrote|asked|explained|noted|continued|argued|stated|insisted|recalled|replied)\b/;
const SPEECH_BEFORE = /\b(?:said|says|added|told|asked|wrote|according to)\s+$/;

/** "Caddell said", "Zero Hedge said": an unknown name that speaks is a person or body, not a guess. */
export function isSpeechSubject(mention: Mention, text: string): boolean {
  if (mention.type !== 'Person' && mention.type !== 'Organization') return false;
  return SPEECH_AFTER.test(text.slice(mention.end, mention.end + 80)) || SPEECH_BEFORE.test(text.slice(Math.max(0, mention.start - 20), mention.start));
}

const isRegion = (mention: Mention | undefined): boolean => mention !== undefined && mention.type === 'Place'
  && (mention.known?.parentId === 'place:united-states' || COUNTRY_NAMES.has(mention.known?.name ?? mention.text));

/** "Irving, Texas", "Markham, Ontario": an untitled name written before a state or country is a town. */
export function retypeTowns(mentions: Mention[], text: string): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  return sorted.map((mention, i) => {
    const next = sorted[i + 1];
    if (mention.type === 'Place' || mention.titledText || mention.known || !isRegion(next)) return mention;
    if (!/^ ?, ?$/.test(text.slice(mention.end, next!.start)) || !/^\s?(?:[,.;:)]|-based|$)/.test(text.slice(next!.end, next!.end + 7))) return mention;
    if (mention.text.split(' ').length > 3) return mention;
    return { ...mention, type: 'Place', guessed: false, firstName: false, role: null };
  });
}

/** "the 2002 World Cup", "the 2017 Brit Awards": the year before an event's name is part of it, and names that one edition. */
export function widenEventYear(mention: Mention, text: string): Mention {
  if (mention.type !== 'Event') return mention;
  const year = /(?:^|[^\p{L}\p{N}$£€.,-])((?:1[5-9]|20)\d\d) $/u.exec(text.slice(Math.max(0, mention.start - 6), mention.start));
  if (!year) return mention;
  const start = mention.start - year[1]!.length - 1;
  return { ...mention, start, text: text.slice(start, mention.end), known: null, guessed: false };
}
