import { DEMONYMS, PARTY_ADJECTIVES, ROLE_NOUNS, SPOKESPERSON_WORDS, isTitleWord, toRoleName } from '../nlp/lexicon.ts';
import type { Term } from '../nlp/tag-terms.ts';
import type { Mention, Role } from './types.ts';

const BODY_TYPES = new Set(['Agency', 'Organization', 'Place']);

// "Democratic Governor Jared Polis": the party before a title is whom he belongs to, not where he governs.
const PARTIES = new Set(['org:democratic-party', 'org:republican-party']);

function mentionAt(mentions: Mention[], position: number): number {
  return mentions.findIndex((m) => m.start <= position && position < m.end && BODY_TYPES.has(m.type) && !PARTIES.has(m.known?.id ?? ''));
}

/** The title written just before a person's name: "DHS Assistant Secretary", "Chief Pentagon Spokesman". */
function findTitleBefore(person: Mention, mentions: Mention[], terms: Term[], text: string): Role | null {
  let at = terms.findIndex((term) => term.start === person.start);
  let titleStart = -1;
  let titleEnd = -1;
  let of: number | null = null;
  while (at > 0) {
    const previous = terms[at - 1]!;
    const gap = text.slice(previous.end, terms[at]!.start);
    if (!/^\.?[ \t]+$/.test(gap)) break;
    // "… the CFPB. Senate Majority Leader Mitch McConnell": a full stop after a name ends the sentence.
    if (gap.startsWith('.') && !isTitleWord(previous.text)) break;
    const body = mentionAt(mentions, previous.start);
    if (body >= 0 && !isTitleWord(previous.text)) {
      of ??= body;
      at = terms.findIndex((term) => term.start >= mentions[body]!.start);
      continue;
    }
    // "Oversight Chairman Jason Chaffetz": the first word of a body the article names in full, before a title.
    const opened = titleStart >= 0 && of === null && !isTitleWord(previous.text) ? findBodyOpenedBy(previous.text, mentions) : -1;
    if (opened >= 0) {
      of = opened;
      break;
    }
    if (!isTitleWord(previous.text)) break;
    titleStart = previous.start;
    if (titleEnd < 0) titleEnd = previous.end + (text[previous.end] === '.' ? 1 : 0);
    at -= 1;
  }
  if (titleStart < 0) return null;
  if (of !== null && mentions[of]!.start < titleStart && mentions[of]!.end > titleEnd) of = null;
  const written = text.slice(titleStart, titleEnd);
  const role = toRoleName(written);
  return role ? { text: role, start: titleStart, end: titleEnd, of } : null;
}

/** The one body the article names whose name the capitalised word opens ("Oversight" → "Oversight Committee"); -1 for none or several. */
function findBodyOpenedBy(word: string, mentions: Mention[]): number {
  // "Afghan Ambassador": a nationality says whose, which the title's own rules read.
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(word) || DEMONYMS.has(word) || PARTY_ADJECTIVES.has(word)) return -1;
  const names = new Set(mentions.filter((m) => (m.type === 'Agency' || m.type === 'Organization') && m.text.startsWith(`${word} `)).map((m) => m.text));
  return names.size === 1 ? mentions.findIndex((m) => names.has(m.text)) : -1;
}

const isRoleHead = (word: string) => SPOKESPERSON_WORDS.has(word) || ROLE_NOUNS.has(word) || isTitleWord(word);

/** "Kendrick Moxon, the church's attorney": a role after a body's possessive. */
function findPossessiveRoleAfter(person: Mention, mentions: Mention[], text: string): Role | null {
  const match = /^,\s+(?:the |a |an )?/u.exec(text.slice(person.end, person.end + 6));
  if (!match) return null;
  const of = mentions.findIndex((m) => m.start === person.end + match[0].length && m.type !== 'Person');
  if (of < 0) return null;
  const role = /^['’]s? ((?:[\p{Ll}-]+ ){0,2}?([\p{Ll}-]+))(?=[,.;)]| and | who | said| says)/u.exec(text.slice(mentions[of]!.end, mentions[of]!.end + 60));
  if (!role || !isRoleHead(role[2]!)) return null;
  const roleStart = mentions[of]!.end + role[0].indexOf(role[1]!);
  return { text: role[1]!.charAt(0).toUpperCase() + role[1]!.slice(1), start: roleStart, end: roleStart + role[1]!.length, of };
}

/** "Gov. Jonah Corvin of Colorado", "Del. Stacey Plaskett of the Virgin Islands": the place or body of a title before the name. */
function withBodyAfter(title: Role, person: Mention, mentions: Mention[], text: string): Role | null {
  const of = mentions.findIndex((m) => m.start > person.end && BODY_TYPES.has(m.type) && /^ of (?:the )?$/u.test(text.slice(person.end, m.start)));
  return of >= 0 ? { ...title, of } : null;
}

// Members on a body: "the top Democrat on the Oversight Committee", "a member on the board".
const MEMBERS_ON = /^(?:democrat|republican|member)$/;

/** A title in apposition after the name: "Alethea Smock, spokeswoman for ICE", "X, a former member of Y". */
function findTitleAfter(person: Mention, mentions: Mention[], text: string): Role | null {
  const after = text.slice(person.end, person.end + 80);
  const match = /^,\s+(?:the |a |an |his |her )?((?:[\p{L}-]+ ){0,3}?([\p{L}-]+)) (for|of|at|to|with|on) (?:the )?/u.exec(after);
  if (!match) return findPossessiveRoleAfter(person, mentions, text);
  const head = match[2]!.toLowerCase();
  // "on" ties a member to a body ("the top Democrat on the committee"); other roles "on" name a topic ("an adviser on Syria").
  if (match[3] === 'on' ? !MEMBERS_ON.test(head) : !isRoleHead(head)) return null;
  const bodyStart = person.end + match[0].length;
  const of = mentions.findIndex((m) => m.start === bodyStart);
  if (of < 0) return null;
  // "a representative for the LA Sheriff's office": a place before the body's name is not the body.
  if (mentions[of]!.type === 'Place' && /^(?:['’]s?)? ?\p{Lu}/u.test(text.slice(mentions[of]!.end, mentions[of]!.end + 4))) return null;
  const roleStart = person.end + match[0].indexOf(match[1]!);
  const roleText = match[1]!;
  return { text: roleText.charAt(0).toUpperCase() + roleText.slice(1), start: roleStart, end: roleStart + roleText.length, of };
}

/** "a Scientology attorney, Kendrick Moxon": a body and a role before the name, set off by a comma. */
function findRoleBeforeComma(person: Mention, mentions: Mention[], text: string): Role | null {
  const from = Math.max(0, person.start - 60);
  const match = /\b(?:a|an|the|its|their)\s+(?:[\p{Lu}][^\n,]*?)\s((?:[\p{Ll}-]+ ){0,2}?([\p{Ll}-]+)),\s+$/u.exec(text.slice(from, person.start));
  if (!match || !isRoleHead(match[2]!)) return null;
  const roleStart = from + match.index + match[0].lastIndexOf(match[1]!);
  const of = mentions.findIndex((m) => m.type !== 'Person' && m.end === roleStart - 1);
  if (of < 0 || mentions[of]!.start < from + match.index) return null;
  return { text: match[1]!.charAt(0).toUpperCase() + match[1]!.slice(1), start: roleStart, end: roleStart + match[1]!.length, of };
}

/** "Platte River Networks engineer Paul Combetta", "Justice Department congressional liaison Ann Ray": a body, then role words. */
function findBodyRoleBefore(person: Mention, mentions: Mention[], text: string): Role | null {
  const from = Math.max(0, person.start - 40);
  const match = /(?<=[\p{L}.)'’]) ((?:[\p{Ll}-]+ )?([\p{Ll}-]+)) $/u.exec(text.slice(from, person.start));
  if (!match || !ROLE_NOUNS.has(match[2]!) || SPOKESPERSON_WORDS.has(match[2]!)) return null;
  const roleStart = from + match.index + 1;
  const of = mentions.findIndex((m) => m.end === roleStart - 1 && BODY_TYPES.has(m.type) && !PARTIES.has(m.known?.id ?? ''));
  if (of < 0) return null;
  const role = match[1]!;
  return { text: role.charAt(0).toUpperCase() + role.slice(1), start: roleStart, end: roleStart + role.length, of };
}

/** The role a person is given by a title before or after the name, with the body it names. */
export function findRole(person: Mention, mentions: Mention[], terms: Term[], text: string): Role | null {
  const title = findTitleBefore(person, mentions, terms, text);
  // "Wells Fargo board member Elaine Chao": a title word that names no body gives way to the body's role words,
  // or to a role with its body after the name ("Rep. Elijah Cummings, the top Democrat on the Oversight Committee").
  if (title && title.of === null) {
    return findBodyRoleBefore(person, mentions, text) ?? withBodyAfter(title, person, mentions, text) ?? findTitleAfter(person, mentions, text) ?? title;
  }
  return title ?? findTitleAfter(person, mentions, text) ?? findRoleBeforeComma(person, mentions, text)
    ?? findBodyRoleBefore(person, mentions, text);
}

// Titles in the plural name everyone in the list after them: "Sens. Jon Tester (D-Mont.) and David Vitter (R-La.)".
const PLURAL_TITLES = /^(?:Sens|Reps|Govs|Senators|Representatives|Governors)\.?$/u;
// What joins two names of one list: a party label, a comma, "and".
// "Senators Ada Marsh, Republican of Iowa, and Lee Fox": a party apposition may stand between them.
const LIST_GAP = /^\s*(?:\([^()]{1,14}\)\s*|,\s*(?:a\s+)?(?:Democrat|Republican|Independent)(?:\s+(?:of|from)\s+\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})?\s*)?(?:,\s*(?:and\s+)?|\s*and\s+)$/u;

/** Gives the people listed after a plural title that title too, each in the singular ("Senator"). */
export function shareListTitles(mentions: Mention[], text: string): void {
  const people = mentions.filter((mention) => mention.type === 'Person' && !mention.nested).sort((a, b) => a.start - b.start);
  people.forEach((mention, i) => {
    const role = mention.role;
    if (!role || !PLURAL_TITLES.test(text.slice(role.start, role.end).trim())) return;
    let previous = mention;
    const singular = { ...role, text: role.text.replace(/s$/u, '') };
    mention.role = singular;
    for (const next of people.slice(i + 1)) {
      if (next.role || !LIST_GAP.test(text.slice(previous.end, next.start))) break;
      next.role = { ...singular };
      previous = next;
    }
  });
}
