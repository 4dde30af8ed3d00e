import type { EntityType } from '../../model/graph-model.ts';
import { findKnownEntity } from '../nlp/find-known-names.ts';
import { isDictionaryWord } from '../nlp/english-words.ts';
import { COMPANY_SUFFIXES, DEMONYMS, NAME_HEADS, NESTING_HEADS, isTitleWord } from '../nlp/lexicon.ts';
import type { Mention } from './types.ts';

interface Word { text: string; start: number; end: number }

/** Words inside a host name, and whether they come after its head and "of" or before its head. */
interface Inside { words: Word[]; head: string; afterOf: boolean }

function splitWords(text: string, offset: number): Word[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length }));
}

// Stations and stadiums are mostly named after the place they serve: "Fisht Stadium", "Shandao Station".
// An airport or a cemetery is as often named after a person or a district the article names no more
// ("LaGuardia Airport", "Montparnasse Cemetery").
const FACILITY_HEADS: ReadonlySet<string> = new Set(['Stadium', 'Station']);

const bare = (word: string): string => word.replace(/['’]s$/, '');
const isHead = (word: string): boolean => NAME_HEADS.has(bare(word));

/** Whether the words can be a name of their own: capitalised, no head, no title, no dictionary word. */
function isOwnName(words: readonly Word[]): boolean {
  if (!words.length || words.length > 3) return false;
  const surface = words.map((w) => w.text).join(' ');
  if (findKnownEntity(surface)) return true;
  return !DEMONYMS.has(surface) && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w.text)
    && !isHead(w.text) && !isTitleWord(w.text) && !DEMONYMS.has(w.text) && !isDictionaryWord(w.text));
}

/**
 * The words inside a name that may name something of their own: after a head and "of" ("Pisa" in
 * "University of Pisa", "Chudnov" in "Battle of Chudnov"), or before the first head ("Avignon" in
 * "Avignon Festival", "Manila" in "Manila Bay").
 */
function findInside(host: Mention, text: string): Inside | null {
  const words = splitWords(text.slice(host.start, host.end), host.start);
  if (words.length < 2) return null;
  const of = words.findIndex((w) => w.text === 'of');
  if (of >= 1) {
    if (!isHead(words[of - 1]!.text) || words.slice(of + 1).some((w) => w.text === 'of')) return null;
    const tail = words.slice(words[of + 1]?.text === 'the' ? of + 2 : of + 1);
    return isOwnName(tail) ? { words: tail, head: bare(words[of - 1]!.text), afterOf: true } : null;
  }
  const head = words.findIndex((w, i) => i > 0 && isHead(w.text));
  if (head < 1) return null;
  const before = words.slice(0, head);
  return isOwnName(before) ? { words: before, head: bare(words[head]!.text), afterOf: false } : null;
}

/**
 * What the words inside a host name are, or null for nothing of their own: a person the article
 * names ("Verwoerd Government"), or a name no list knows after "of" in a body's or an event's name
 * ("University of Pisa", "Battle of Chudnov"), before the head of a festival ("Avignon Festival") or of a station or stadium ("Fisht Stadium"). Listed places are find-nested-places.ts's; an unknown word before a body's
 * or a place's head is left alone: "Cornell University", "Baltic Sea" and "Lemoine Avenue" name no
 * place of their own, and a sponsor's name opens many events ("Nortel Open").
 */
function typeInside(inside: Inside, host: Mention, people: readonly Mention[]): EntityType | null {
  const surface = inside.words.map((w) => w.text).join(' ');
  if (people.some((p) => p.text === surface || p.text.endsWith(` ${surface}`))) return 'Person';
  if (findKnownEntity(surface)) return null;
  if (inside.afterOf) return host.type === 'Organization' || host.type === 'Event' ? 'Place' : null;
  if (host.type === 'Place' && FACILITY_HEADS.has(inside.head)) return 'Place';
  // "Croucher Foundation", "Hewlett Foundation": a foundation is named after its founder.
  if (host.type === 'Organization' && inside.head === 'Foundation' && inside.words.length === 1) return 'Person';
  return host.type === 'Event' && NESTING_HEADS.has(inside.head) ? 'Place' : null;
}

/**
 * Names inside the names of bodies, places and events: "Pisa" in "University of Pisa", "Avignon"
 * in "Avignon Festival", "Verwoerd" in "Verwoerd Government". Marked `nested`, as the known places
 * find-nested-places.ts finds are, and skipped where a mention already covers the words.
 */
export function findNestedNames(mentions: readonly Mention[], text: string): Mention[] {
  const people = mentions.filter((m) => m.type === 'Person' && !m.guessed && !m.nested);
  const covered = (start: number, end: number) => mentions.some((m) => m.start < end && start < m.end && (m.nested || (m.start === start && m.end === end)));
  const nested: Mention[] = [];
  for (const host of mentions) {
    // "Apic Yamada Corp": a company named after its founder is no mention of him.
    if (host.type === 'Person' || host.guessed || host.nested || host.known || COMPANY_SUFFIXES.has(host.text.split(/\s+/).at(-1)!)) continue;
    const inside = findInside(host, text);
    const type = inside ? typeInside(inside, host, people) : null;
    if (!inside || !type) continue;
    const start = inside.words[0]!.start;
    const end = inside.words.at(-1)!.end;
    if (covered(start, end) || nested.some((m) => m.start === start)) continue;
    const surface = text.slice(start, end);
    nested.push({
      start, end, text: surface, type, known: null,
      role: null, titledText: null, guessed: false, acronymOf: null, nested: true,
    });
  }
  return nested;
}
