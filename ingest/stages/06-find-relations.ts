import type { Relation } from '../../model/extraction.ts';
import type { RelationType } from '../../model/graph-model.ts';
import { readTable } from '../nlp/data-files.ts';
import { COUNTRY_NAMES, DEMONYMS, ROLE_NOUNS, SPOKESPERSON_WORDS, isTitleWord } from '../nlp/lexicon.ts';
import { findSentenceEnd, findSentenceStart } from '../nlp/sentences.ts';
import { findChamberRelations, findLocationRelations, findOfficeRelations, findPartOfRelations } from './find-body-relations.ts';
import { findMembershipRelations } from './find-membership-relations.ts';
import { findPartyLabels, type LabelPart } from './find-party-labels.ts';
import { isDeniedOrSupposed } from './read-polarity.ts';
import { readBy } from './relation-rules.ts';
import type { ExtractionContext, ResolvedEntity } from './types.ts';
import type { Term } from '../nlp/tag-terms.ts';

const RELATION_VERBS = new Map(readTable('relation-verbs.tsv', 2).map(([word = '', predicate = '']) => [word, predicate as RelationType]));
const ACTORS = new Set(['Person', 'Agency', 'Organization', 'Place']);
// A title with no body named: a president is the country's, a governor the state's.
const DEFAULT_BODY: Record<string, 'country' | 'state'> = { president: 'country', governor: 'state', 'lieutenant governor': 'state' };

/** The evidence span of the sentence around a position. */
function sentenceAround(ctx: ExtractionContext, position: number): { start: number; end: number } {
  const paragraph = ctx.clean.paragraphs.find((p) => p.start <= position && position <= p.end) ?? { start: 0, end: ctx.clean.text.length };
  return { start: findSentenceStart(ctx.clean.text, paragraph.start, position), end: findSentenceEnd(ctx.clean.text, position, paragraph.end) };
}

/**
 * The place most often named among US states (for a governor) or the country (for a president); none when two
 * states are named as often, as which one the governor governs is then unknown.
 */
function defaultBody(ctx: ExtractionContext, kind: 'country' | 'state'): string | null {
  const places = ctx.resolved.entities.filter((e) => e.type === 'Place' && (kind === 'state' ? e.parentId === 'place:united-states' : e.id === 'place:united-states'));
  places.sort((a, b) => b.mentions.length - a.mentions.length);
  if (places.length > 1 && places[0]!.mentions.length === places[1]!.mentions.length) return null;
  return places[0]?.id ?? (kind === 'country' ? 'place:united-states' : null);
}

/**
 * The country of a nationality among the article's places ("Russian" → Russia, "British" → United
 * Kingdom by its alias Britain): names that open with the same three letters. Null when the article
 * names no such country, so no other is taken for it.
 */
// Countries the places table names in full ("United States", "United Kingdom"), not as the country list writes them.
const COUNTRIES_NAMED_OTHERWISE = new Set(['place:united-states', 'place:united-kingdom']);

function findCountryOf(ctx: ExtractionContext, nationality: string): string | null {
  const stem = nationality.slice(0, 3).toLowerCase();
  const isCountry = (e: ResolvedEntity) => COUNTRIES_NAMED_OTHERWISE.has(e.id) || [e.name, ...e.aliases].some((name) => COUNTRY_NAMES.has(name));
  const countries = ctx.resolved.entities.filter((e) => e.type === 'Place' && isCountry(e)
    && [e.name, ...e.aliases].some((name) => name.toLowerCase().startsWith(stem)));
  return countries.length === 1 ? countries[0]!.id : null;
}

function findRoleRelations(ctx: ExtractionContext): Relation[] {
  const relations: Relation[] = [];
  const ids = new Set(ctx.resolved.entities.map((e) => e.id));
  const typeOf = new Map(ctx.resolved.entities.map((e) => [e.id, e.type]));
  ctx.found.mentions.forEach((mention, i) => {
    const subject = ctx.resolved.entityOfMention[i];
    const role = mention.role;
    if (!subject || !role) return;
    const fallback = DEFAULT_BODY[role.text.toLowerCase()];
    // "Russian President Vladimir Putin": the nationality says whose president, and it is not the default.
    const nationality = /(\p{Lu}\p{Ll}+)\s+$/u.exec(ctx.clean.text.slice(Math.max(0, role.start - 20), role.start))?.[1];
    const national = nationality && DEMONYMS.has(nationality) ? findCountryOf(ctx, nationality) : undefined;
    const object = role.of !== null ? ctx.resolved.entityOfMention[role.of]
      : national !== undefined ? national
      : fallback ? defaultBody(ctx, fallback) : null;
    if (!object || !ids.has(object) || object === subject) return;
    const evidence = { start: Math.min(role.start, mention.start), end: Math.max(role.end, mention.end) };
    // "Rep. Elijah Cummings": a Representative titled before the name sits in a legislature and speaks for no one.
    const legislator = role.start < mention.start && /(?:^|\s)Representative$/u.test(role.text);
    const spokes = !legislator && role.text.toLowerCase().split(/\s+/).some((word) => SPOKESPERSON_WORDS.has(word));
    // "a former aide to Hillary Clinton": one belongs to a body or a place, not to a person (who may have a spokesperson).
    if (typeOf.get(object) === 'Person') {
      if (spokes) relations.push(readBy('spokesperson-title', { subject, predicate: 'SPOKESPERSON_FOR', object, role: null, evidence }));
      return;
    }
    relations.push(readBy(role.of !== null ? 'role-title' : national ? 'nationality-title' : 'role-default-body', { subject, predicate: 'AFFILIATED_WITH', object, role: role.text, evidence }));
    if (spokes) relations.push(readBy('spokesperson-title', { subject, predicate: 'SPOKESPERSON_FOR', object, role: null, evidence }));
  });
  return relations;
}

/** "a spokesman for Corvin, Tobias Wren": the person named after the phrase speaks for the one before it. */
function findAppositionRelations(ctx: ExtractionContext): Relation[] {
  const relations: Relation[] = [];
  const { mentions } = ctx.found;
  const text = ctx.clean.text;
  mentions.forEach((mention, i) => {
    const id = ctx.resolved.entityOfMention[i];
    const next = mentions[i + 1];
    const nextId = ctx.resolved.entityOfMention[i + 1];
    const before = text.slice(Math.max(0, mention.start - 40), mention.start);
    if (id && next && nextId && /\bspokes\w+ for (?:the )?$/i.test(before) && /^,\s*$/.test(text.slice(mention.end, next.start))) {
      relations.push(readBy('spokesperson-apposition', { subject: nextId, predicate: 'SPOKESPERSON_FOR', object: id, role: null, evidence: { start: mention.start - 20, end: next.end } }));
    }
  });
  return relations;
}

/** "Sen. Ada Marsh (R-Fla.)": the person is affiliated with the party, and with the state in the role the title gives. */
function findPartyLabelRelations(ctx: ExtractionContext): Relation[] {
  const { mentions } = ctx.found;
  const entityAt = (part: LabelPart | null) => {
    const at = part ? mentions.findIndex((m) => m.start <= part.start && part.end <= m.end) : -1;
    return at < 0 ? null : ctx.resolved.entityOfMention[at] ?? null;
  };
  return findPartyLabels(mentions, ctx.clean.text).flatMap((label) => {
    const person = mentions[label.person]!;
    const subject = ctx.resolved.entityOfMention[label.person];
    if (!subject) return [];
    const from = Math.min(person.role?.start ?? person.start, label.party?.start ?? person.start);
    const evidence = { start: from, end: Math.max(person.end, label.party?.end ?? 0, label.state?.end ?? 0) + 1 };
    const party = entityAt(label.party);
    const state = entityAt(label.state);
    return [
      ...(party ? [readBy(label.form, { subject, predicate: 'AFFILIATED_WITH', object: party, role: label.role, evidence })] : []),
      ...(state ? [readBy(label.form, { subject, predicate: 'AFFILIATED_WITH', object: state, role: person.role?.of === null ? person.role.text : null, evidence })] : []),
    ];
  });
}

interface Actor { start: number; end: number; id: string }

/** The actors joined to this one by "and" or commas before it: "the ATF and DEA", "Marine Corps and Naval Reserve". */
function withConjuncts(actors: Actor[], at: number, text: string): Actor[] {
  const group = [actors[at]!];
  let start = actors[at]!.start;
  for (let i = at - 1; i >= 0; i -= 1) {
    const gap = text.slice(actors[i]!.end, start).replace(/[()]/g, '');
    // "the Department of Defense (DoD)": the acronym and its name are one actor.
    if (actors[i]!.id === group[0]!.id && /^\s*$/.test(gap)) {
      start = actors[i]!.start;
      continue;
    }
    if (!/^(?:,\s*|,?\s+and\s+(?:the\s+)?|,\s+(?:the\s+))$/.test(gap)) break;
    group.unshift(actors[i]!);
    start = actors[i]!.start;
  }
  return group;
}

/** The actor a verb's subject names: the nearest before it, skipping possessives ("ICE’s operations"). */
function findSubjectIndex(actors: Actor[], verbAt: number, sentenceStart: number, text: string): number {
  for (let i = actors.length - 1; i >= 0; i -= 1) {
    const actor = actors[i]!;
    if (actor.end > verbAt || actor.start < sentenceStart) continue;
    if (/^['’]s?\b/.test(text.slice(actor.end, actor.end + 2))) continue;
    return verbAt - actor.end > 60 ? -1 : i;
  }
  return -1;
}

/** The actor a verb's object names: the nearest after it, not a thing asked for, not a place used as an adjective. */
function findObject(actors: Actor[], verbEnd: number, sentenceEnd: number, text: string, isPlace: (id: string) => boolean): Actor | undefined {
  return actors.find((actor) => actor.start >= verbEnd && actor.end <= sentenceEnd && actor.start - verbEnd <= 50
    && !/\bfor\s+(?:the\s+|(?:more|fewer|less)\s+than\s+|about\s+|some\s+|nearly\s+|roughly\s+|up\s+to\s+|at\s+least\s+)?[\d,]*\s*$/.test(text.slice(verbEnd, actor.start))
    && !(isPlace(actor.id) && /^ (?!and\b|or\b|in\b|on\b|to\b)\p{Ll}/u.test(text.slice(actor.end, actor.end + 4))));
}

// Words that are verbs and nouns alike: "Republican support was solid" states no relation.
const NOUN_OR_VERB = new Set(['support', 'help', 'aid', 'request', 'requests', 'call', 'bans']);

/** Whether the tagger read the word as a verb here, for the words that can be either. */
function readsAsVerb(term: Term | undefined, word: string): boolean {
  return !NOUN_OR_VERB.has(word) || !term || term.tags.has('Verb') || !term.tags.has('Noun');
}

/** "providing ICE support": the noun written right after the actor it goes to. */
function isActorNoun(actor: Actor, at: number, text: string, predicate: RelationType): boolean {
  return predicate === 'ASSISTS' && /^\s$/.test(text.slice(actor.end, at));
}

/**
 * Whether the actor can be the verb's subject: no pronoun or relative clause between them
 * ("the laptop she used while helping"), and not the object of "of" before a relative clause
 * ("former members of Scientology, who helped him": the members helped).
 */
function isClauseSubject(actor: Actor, at: number, text: string): boolean {
  const between = text.slice(actor.end, at);
  if (/\b(?:he|she|they|we|I|it|you|him|her|them)\b/.test(between)) return false;
  return !(/\bof (?:the )?$/.test(text.slice(actor.start - 8, actor.start)) && /^,?\s*(?:who|which|that)\b/.test(between));
}

/** "grilled Wells Fargo CEO John Stumpf": the body before a title is a modifier; the person is the object. */
function toTitledPerson(actors: Actor[], object: Actor, text: string, isPerson: (id: string) => boolean): Actor {
  const next = actors.find((actor) => actor.start > object.end);
  if (!next || !isPerson(next.id)) return object;
  const words = text.slice(object.end, next.start).trim().split(/\s+/);
  return words.length > 0 && words.length <= 3 && words.every((word) => isTitleWord(word) || ROLE_NOUNS.has(word.toLowerCase())) ? next : object;
}

/** "Sen. Elizabeth Warren (D-Mass.) grilled …": the party and state in the label describe the person, who acts. */
function isPartyLabel(actor: Actor, text: string): boolean {
  const open = text.lastIndexOf('(', actor.start);
  const close = text.indexOf(')', actor.end);
  if (open < 0 || close < 0 || actor.start - open > 5 || close - actor.end > 12) return false;
  return /^\(\s*[DRI]\s*[-–,]\s*\p{Lu}[\p{L}.]*\s*\)$/u.test(text.slice(open, close + 1));
}

/** "DHS and DoD are coordinating", "agents from the ATF and DEA supported ICE", "providing ICE support". */
function findVerbRelations(ctx: ExtractionContext): Relation[] {
  const relations: Relation[] = [];
  const text = ctx.clean.text;
  const typeOf = new Map(ctx.resolved.entities.map((e) => [e.id, e.type]));
  const actors: Actor[] = ctx.found.mentions
    .map((mention, i) => ({ start: mention.start, end: mention.end, id: ctx.resolved.entityOfMention[i] ?? '' }))
    .filter((actor) => ACTORS.has(typeOf.get(actor.id) ?? '') && !isPartyLabel(actor, text));
  const add = (subjects: Actor[], predicate: RelationType, object: Actor, evidence: { start: number; end: number }) => {
    for (const subject of subjects) {
      if (subject.id !== object.id) relations.push(readBy('relation-verb', { subject: subject.id, predicate, object: object.id, role: null, evidence }));
    }
  };
  const termAt = new Map(ctx.found.terms.map((term) => [term.start, term]));
  for (const match of text.matchAll(/\b\p{Ll}+\b/gu)) {
    const predicate = RELATION_VERBS.get(match[0]);
    if (!predicate) continue;
    const sentence = sentenceAround(ctx, match.index);
    const at = findSubjectIndex(actors, match.index, sentence.start, text);
    if (at < 0) continue;
    if (!readsAsVerb(termAt.get(match.index), match[0]) && !isActorNoun(actors[at]!, match.index, text, predicate)) continue;
    if (!isClauseSubject(actors[at]!, match.index, text)) continue;
    // "did not support", "pushing back on attempts that might federalize the Guard to assist ICE": not said to happen.
    if (isDeniedOrSupposed(text.slice(Math.max(sentence.start, actors[at]!.start - 60), match.index))) continue;
    // "has been assisted by": the sentence's subject receives the act; whom from is not read.
    if (/\b(?:been|being|was|were|is|are|be|get|got)\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(Math.max(0, match.index - 30), match.index)) && /^ by\b/.test(text.slice(match.index + match[0].length, match.index + match[0].length + 3))) continue;
    const subjects = withConjuncts(actors, at, text);
    // "ICE support": the actor written just before the noun is whom the support goes to.
    if (predicate === 'ASSISTS' && /^(?:support|help|aid)$/.test(match[0]) && /^\s$/.test(text.slice(actors[at]!.end, match.index)) && at > 0) {
      const helpers = findSubjectIndex(actors, actors[at]!.start, sentence.start, text);
      if (helpers >= 0) add(withConjuncts(actors, helpers, text), predicate, actors[at]!, sentence);
      continue;
    }
    // "DHS and DoD are coordinating": the two sides are the subjects themselves.
    if (predicate === 'COOPERATES_WITH' && subjects.length > 1) {
      add(subjects.slice(0, -1), predicate, subjects.at(-1)!, sentence);
      continue;
    }
    const object = findObject(actors, match.index + match[0].length, sentence.end, text, (id) => typeOf.get(id) === 'Place');
    if (object) add(subjects, predicate, toTitledPerson(actors, object, text, (id) => typeOf.get(id) === 'Person'), sentence);
  }
  return relations;
}

/** Relations stated in one sentence or two adjacent ones, each with its evidence span, without repeats. */
export function findRelations(ctx: ExtractionContext): Relation[] {
  const seen = new Set<string>();
  return [
    ...findRoleRelations(ctx), ...findChamberRelations(ctx), ...findPartyLabelRelations(ctx), ...findAppositionRelations(ctx),
    ...findPartOfRelations(ctx), ...findLocationRelations(ctx), ...findOfficeRelations(ctx), ...findMembershipRelations(ctx), ...findVerbRelations(ctx),
  ].filter((relation) => {
    const key = `${relation.subject} ${relation.predicate} ${relation.object}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
