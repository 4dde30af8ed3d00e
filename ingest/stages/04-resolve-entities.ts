import type { EntityType } from '../../model/graph-model.ts';
import { COMPANY_SUFFIXES, COMPANY_WORDS, DEMONYMS, isCourtesyTitle, toEntityId } from '../nlp/lexicon.ts';
import { findGivenNameGender } from '../nlp/name-gender.ts';
import { isDictionaryWord, isListedProperNoun } from '../nlp/english-words.ts';
import { isFirstName } from '../nlp/word-lexicon.ts';
import { isNearSpelling, toNameKey } from '../nlp/similar-names.ts';
import { isCommonWordPerson } from './common-word-people.ts';
import { isStormNameAlone } from './name-storms-alone.ts';
import type { FoundEntities, Mention, ResolvedEntities, ResolvedEntity } from './types.ts';

const words = (name: string): string[] => name.split(/\s+/).filter(Boolean);

/** A company's name without its legal form and then its company words: "Mercantile Bancorp Inc." → ["Mercantile Bancorp", "Mercantile"]. */
export function toShortNames(name: string): string[] {
  const parts = words(name.replace(/,/g, ' '));
  if (!parts.length || !COMPANY_SUFFIXES.has(parts.at(-1)!)) return [];
  const shorts: string[] = [];
  while (parts.length > 1 && (COMPANY_SUFFIXES.has(parts.at(-1)!) || COMPANY_WORDS.has(parts.at(-1)!))) {
    parts.pop();
    shorts.push(parts.join(' '));
  }
  return shorts;
}
const lastWord = (name: string): string => toNameKey(words(name).at(-1) ?? name);
// "Marcie" in "Miss Marcie Rickenbacker": a courtesy title left before a full name opens no given name.
const firstWord = (name: string): string => {
  const parts = words(name);
  return toNameKey((parts.length > 2 && isCourtesyTitle(parts[0]!) ? parts[1] : parts[0]) ?? name);
};

class EntityIndex {
  readonly byId = new Map<string, ResolvedEntity>();
  readonly byKey = new Map<string, ResolvedEntity>();

  add(id: string, type: EntityType, name: string, parentId: string | null = null): ResolvedEntity {
    const found = this.byId.get(id);
    if (found) return found;
    const entity: ResolvedEntity = { id, type, name, aliases: [], mentions: [], parentId };
    this.byId.set(id, entity);
    this.remember(entity, name);
    return entity;
  }

  remember(entity: ResolvedEntity, surface: string): void {
    const key = toNameKey(surface);
    if (key && !this.byKey.has(key)) this.byKey.set(key, entity);
    if (entity.type !== 'Organization') return;
    // "Mercantile" and "Mercantile Bancorp" for "Mercantile Bancorp Inc.".
    for (const short of toShortNames(surface)) {
      const shortKey = toNameKey(short);
      if (shortKey && !this.byKey.has(shortKey)) this.byKey.set(shortKey, entity);
    }
  }

  attach(entity: ResolvedEntity, mention: Mention, index: number): void {
    entity.mentions.push(index);
    for (const surface of [mention.text, mention.titledText]) {
      if (!surface) continue;
      this.remember(entity, surface);
      if (surface !== entity.name && !entity.aliases.includes(surface)) entity.aliases.push(surface);
    }
  }
}

const endsWithName = (longer: string, shorter: string): boolean =>
  words(shorter).length > 1 && words(longer).length > words(shorter).length && toNameKey(longer).endsWith(` ${toNameKey(shorter)}`);

// "Comic Corps" for "Comic Corps of Canada": a body's name before "of" and its place.
const startsOfName = (longer: string, shorter: string): boolean =>
  words(shorter).length > 1 && toNameKey(longer).startsWith(`${toNameKey(shorter)} of `);

// "Court" of "Supreme Court" or "Court of Appeal": a lone head word closing a body's name or opening it before "of".
const isHeadOfName = (name: string, head: string): boolean => {
  const [key, headKey] = [toNameKey(name), toNameKey(head)];
  return key !== headKey && (key.endsWith(` ${headKey}`) || key.startsWith(`${headKey} of `));
};

/**
 * "Otto Jespersen" inside "Jens Otto Harry Jespersen": a full name whose words, in order, are some of a
 * longer name's, ending with its surname. Names with initials stay apart ("George W. Bush" is no
 * "George H. W. Bush").
 */
function isInnerName(longer: string, shorter: string): boolean {
  const [long, short] = [words(longer).map(toNameKey), words(shorter).map(toNameKey)];
  if (short.length < 2 || long.length <= short.length || long.at(-1) !== short.at(-1)) return false;
  if ([...words(longer), ...words(shorter)].some((word) => /^\p{Lu}\.?$/u.test(word) || /\./.test(word))) return false;
  let at = 0;
  for (const word of long) if (word === short[at]) at += 1;
  return at === short.length;
}

/** Full names, grouped so that near-spellings with the same first name ("Jonah Corvan") join. */
function groupFullNames(names: string[]): Map<string, string> {
  const canonicalOf = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  const ranked = [...counts.keys()].sort((a, b) => words(b).length - words(a).length || counts.get(b)! - counts.get(a)!);
  for (const name of ranked) {
    const same = [...new Set(canonicalOf.values())].find((other) =>
      (firstWord(other) === firstWord(name) && isNearSpelling(lastWord(other), lastWord(name)))
      // "Scientologist Tom Cruise" is "Tom Cruise" with a word before it.
      || endsWithName(other, name) || endsWithName(name, other) || isInnerName(other, name));
    canonicalOf.set(name, same ?? name);
  }
  // The shorter of two names where one ends with the other is the name itself.
  for (const [name, canonical] of canonicalOf) {
    if (endsWithName(canonical, name)) for (const [other, c] of canonicalOf) if (c === canonical) canonicalOf.set(other, name);
  }
  return canonicalOf;
}

const titleHead = (role: string | null | undefined): string | null => (role ? words(role.toLowerCase()).at(-1) ?? null : null);

/** The one of several people of a surname whose full-name mentions carry the title this mention has. */
function findBearerByTitle(bearers: readonly ResolvedEntity[], mention: Mention, mentions: readonly Mention[]): ResolvedEntity | null {
  const title = titleHead(mention.role?.text);
  if (!title) return null;
  const titled = bearers.filter((bearer) => bearer.mentions.some((i) => titleHead(mentions[i]!.role?.text) === title));
  return titled.length === 1 ? titled[0]! : null;
}

/** Whether a surname's title ("Mr.", "Congresswoman") and the full name's given name can be one person's. */
function fitsGender(bearer: ResolvedEntity, mention: Mention): boolean {
  const titled = mention.gender;
  const given = findGivenNameGender(firstWord(bearer.name));
  return !titled || !given || titled === given;
}

/**
 * Surnames two people of the article share although it names only one in full: "Mr. Obama" in an
 * article that names only Michelle Obama. There, a surname no title genders ("President Obama", "the
 * Obama White House") may be either, so it joins neither the full name nor is guessed to be her.
 */
function findContestedSurnames(mentions: readonly Mention[], people: ReadonlySet<string>): Set<string> {
  const contested = new Set<string>();
  for (const mention of mentions) {
    if (mention.type !== 'Person' || !mention.gender || words(mention.text).length !== 1) continue;
    const key = toNameKey(mention.text);
    const bearers = [...people].filter((name) => lastWord(name) === key);
    if (bearers.length === 1 && findGivenNameGender(firstWord(bearers[0]!)) === oppositeGender(mention.gender)) contested.add(key);
  }
  return contested;
}

const oppositeGender = (gender: NonNullable<Mention['gender']>) => (gender === 'female' ? 'male' : 'female');

/** The person known by the surname alone: "Mr. Obama" when the full name the article gives is someone else's. */
const addSurnameAlone = (index: EntityIndex, surname: string) => index.add(toEntityId('Person', surname), 'Person', surname);

/**
 * Whether a name of two or more words opens with a word of the language, a listed proper noun or a
 * nationality that is no given name, and ends with a word of the language ("Christmas Cottage",
 * "Hebrew Gospel"). A surname may be such a word ("Elon Musk", "G. Rose"), a given name seldom is.
 */
function isCommonWordName(name: string): boolean {
  const parts = words(name);
  if (parts.length < 2) return false;
  const opener = parts[0]!;
  const isWordOfLanguage = isDictionaryWord(opener) || isListedProperNoun(opener) || DEMONYMS.has(opener) || opener.includes('-');
  return isWordOfLanguage && !isFirstName(opener) && !/^\p{Lu}\.?$/u.test(opener) && isDictionaryWord(parts.at(-1)!);
}

function resolvePerson(
  index: EntityIndex,
  mention: Mention,
  canonicalOf: Map<string, string>,
  mentions: readonly Mention[],
  contested: ReadonlySet<string>,
): ResolvedEntity | null {
  // "Port Alder" after the dateline "PORT ALDER": a guessed person written like a known place or body is that.
  const body = mention.guessed ? index.byKey.get(toNameKey(mention.text)) : undefined;
  if (body && body.type !== 'Person') return body;
  // "Hebrew Scripture", "Christmas Cottage": a guessed name that opens and ends with words of the
  // language names a thing, not a person; it joins only a name the article decides elsewhere.
  if (mention.guessed && isCommonWordName(mention.text)) return index.byKey.get(toNameKey(mention.text)) ?? null;
  const canonical = canonicalOf.get(mention.text);
  if (canonical) return index.add(toEntityId('Person', canonical), 'Person', canonical);
  const key = toNameKey(mention.text);
  const people = [...index.byId.values()].filter((e) => e.type === 'Person' && words(e.name).length > 1);
  const bearers = people.filter((e) => lastWord(e.name) === key);
  // "Mr. Obama" in an article that names only Michelle Obama is someone else: her husband, not her.
  if (bearers.length === 1) {
    const either = contested.has(key) && !mention.gender;
    return fitsGender(bearers[0]!, mention) && !either ? bearers[0]! : addSurnameAlone(index, mention.text);
  }
  // Two people of one surname (Hillary and Bill Clinton): a title one of them was given decides
  // ("President Clinton"); without one the surname stays unresolved, as a wrong person is worse than none.
  // "Mr. Clinton" beside Hillary and Bill Clinton: the title's gender decides too.
  const ofGender = mention.gender ? bearers.filter((bearer) => fitsGender(bearer, mention)) : [];
  if (bearers.length > 1 && ofGender.length === 1) return ofGender[0]!;
  if (bearers.length > 1) return findBearerByTitle(bearers, mention, mentions) ?? bearers[0]!;
  // "Daniel" for "Daniel Montalvo", when only one person has that first name.
  // "Johann" beside "Johann Bernoulli" and "Johann II": one named by a numeral goes by it, so the surname's bearer is meant.
  const sharing = people.filter((e) => firstWord(e.name) === key);
  const surnamed = sharing.filter((e) => !/^[IVX]+$/.test(words(e.name).at(-1) ?? ''));
  const byFirstName = surnamed.length === 1 ? surnamed : sharing;
  // "Hu" for "Hu Shih", written family name first: a lone name that opens one person's full name and
  // ends no one's, when it is no dictionary word.
  const familyFirst = byFirstName.length === 1 && !mention.titledText && !isDictionaryWord(mention.text)
    && !words(byFirstName[0]!.name).slice(1).some((word) => isDictionaryWord(word) || /\p{Lu}{2}/u.test(word))
    && !mentions.some((m) => m.type === 'Person' && words(m.text).length > 1 && lastWord(m.text) === key);
  if (byFirstName.length === 1 && (mention.guessed || mention.firstName || familyFirst)) return byFirstName[0]!;
  const known = index.byKey.get(key);
  if (known) return known;
  // "Governor Corvan" for "Corvin": a titled surname may be misspelt.
  const nearSurname = mention.titledText ? people.find((e) => isNearSpelling(lastWord(e.name), key)) : undefined;
  if (nearSurname) return nearSurname;
  if (mention.guessed) return null;
  return index.add(toEntityId('Person', mention.text), 'Person', mention.text);
}

/** The one full name in the article whose surname this word is ("Trump" → "Donald Trump"); null when none or several. */
function findFullNameBySurname(people: ReadonlySet<string>, word: string): string | null {
  const key = toNameKey(word);
  const bearers = [...people].filter((name) => lastWord(name) === key);
  return bearers.length === 1 ? bearers[0]! : null;
}

function resolveOther(index: EntityIndex, mention: Mention, people: ReadonlySet<string>, contested: ReadonlySet<string>): ResolvedEntity | null {
  if (mention.known) return index.add(mention.known.id, mention.known.type, mention.known.name, mention.known.parentId);
  // "the Obama White House", "Trump resorts": a surname read as a body or a place, in an article that
  // names one person with that surname, is that person (two Clintons keep it apart).
  const surname = mention.text.replace(/['’]s$/, '');
  const person = words(mention.text).length === 1 ? findFullNameBySurname(people, surname) : null;
  if (person && contested.has(toNameKey(surname))) return addSurnameAlone(index, surname);
  if (person) return index.add(toEntityId('Person', person), 'Person', person);
  const found = index.byKey.get(toNameKey(mention.text));
  // "New York" the city and "New York" the team are two things, though written alike.
  const placeAndBody = found !== undefined && !mention.guessed && (found.type === 'Place') !== (mention.type === 'Place');
  if (found && !placeAndBody) return found;
  // "the CFPB" after "the Consumer Financial Protection Bureau": the one body whose initials it spells.
  const initialled = findBodyByInitials(index, mention.text);
  if (initialled) return initialled;
  if (mention.guessed) return null;
  if (mention.definite) {
    // "the Court" after "the Supreme Court of Cassation": the one body the article names with that head;
    // with two or more, which is meant is unknown, and a wrong body is worse than none.
    const headed = [...index.byId.values()].filter((e) => e.type !== 'Person' && e.type !== 'Place' && isHeadOfName(e.name, mention.text));
    if (headed.length > 0) return headed.length === 1 ? headed[0]! : null;
  }
  // "Lantern Festival" after "Taipei City Lantern Festival": the end of a longer name of the same type.
  const longer = [...index.byId.values()].find((e) => e.type === mention.type
    && (endsWithName(e.name, mention.text) || startsOfName(e.name, mention.text)));
  if (longer) return longer;
  const storm = mention.type === 'Event' ? [...index.byId.values()].find((e) => e.type === 'Event' && isStormNameAlone(e.name, mention.text)) : undefined;
  if (storm) return storm;
  // "Korea" after "South Korea": a place's last word, when only one place ends with it.
  const ending = mention.type === 'Place' && !mention.text.includes(' ')
    ? [...index.byId.values()].filter((e) => e.type === 'Place' && lastWord(e.name) === toNameKey(mention.text) && words(e.name).length > 1) : [];
  if (ending.length === 1) return ending[0]!;
  const name = mention.text.replace(/^the\s+/i, '').replace(/['’]s$/, '');
  return index.add(toEntityId(mention.type, name), mention.type, name);
}

// Words a body's initials leave out: "Council on American-Islamic Relations" is CAIR.
const UNINITIALLED = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'to', '&']);

/** The one body (not a person or place) of the article whose initials the capitals spell ("CFPB"); null for none or several. */
function findBodyByInitials(index: EntityIndex, text: string): ResolvedEntity | null {
  const letters = text.replace(/\./g, '');
  if (!/^\p{Lu}{2,6}$/u.test(letters)) return null;
  const initialsOf = (name: string) => name.split(/[\s-]+/).filter((word) => word && !UNINITIALLED.has(word.toLowerCase())).map((word) => word[0]!.toUpperCase()).join('');
  const bodies = [...index.byId.values()].filter((e) => (e.type === 'Agency' || e.type === 'Organization') && e.name !== text && initialsOf(e.name) === letters);
  return bodies.length === 1 ? bodies[0]! : null;
}

/**
 * One entity per real-world thing: titles, surnames, acronyms and near-spellings joined to the
 * full name, with stable ids.
 */
export function resolveEntities(found: FoundEntities): ResolvedEntities {
  const { mentions } = found;
  const index = new EntityIndex();
  const entityOfMention: (string | null)[] = mentions.map(() => null);
  const fullNames = mentions.filter((m) => m.type === 'Person' && words(m.text).length > 1).map((m) => m.text);
  const canonicalOf = groupFullNames(fullNames);
  // People the article names in full, not guessed: "Port Alder" may yet turn out to be a place.
  const people = new Set(mentions.filter((m) => m.type === 'Person' && !m.guessed && words(m.text).length > 1).map((m) => canonicalOf.get(m.text) ?? m.text));
  // Known names, full names and other bodies first, so single words and acronyms find them.
  // Other uses of an acronym wait for the "Name (ACRONYM)" that defines it.
  const contested = findContestedSurnames(mentions, people);
  const acronyms = new Set(mentions.filter((m) => m.acronymOf !== null).map((m) => m.text));
  const rankOf = (m: Mention) => (!m.known && m.acronymOf === null && acronyms.has(m.text) ? 3.5 : rank(m));
  const order = mentions.map((_, i) => i).sort((a, b) => rankOf(mentions[a]!) - rankOf(mentions[b]!) || a - b);
  for (const i of order) {
    const mention = mentions[i]!;
    const definer = mention.acronymOf === null ? null : entityOfMention[mention.acronymOf];
    const entity = definer ? index.byId.get(definer) ?? null
      : mention.type === 'Person' && !mention.known ? resolvePerson(index, mention, canonicalOf, mentions, contested) : resolveOther(index, mention, people, contested);
    if (!entity) continue;
    index.attach(entity, mention, i);
    entityOfMention[i] = entity.id;
  }
  const entities = [...index.byId.values()].filter((e) => e.mentions.length > 0);
  const commonWords = new Set(entities.filter((e) => isCommonWordPerson(e, mentions, found.terms)).map((e) => e.id));
  entityOfMention.forEach((id, i) => { if (id !== null && commonWords.has(id)) entityOfMention[i] = null; });
  return { entities: entities.filter((e) => !commonWords.has(e.id)), entityOfMention };
}

function rank(mention: Mention): number {
  if (mention.known) return 0;
  if (mention.acronymOf !== null) return 3;
  // A guessed full name waits for the bodies and places it may turn out to be ("Port Alder").
  if (mention.type === 'Person') return words(mention.text).length > 1 ? (mention.guessed ? 3.9 : 1) : 4;
  // Longer names of bodies first, so their shorter ends find them.
  return mention.guessed ? 5 : 2 - Math.min(words(mention.text).length, 9) / 10;
}
