import type { Relation } from '../../model/extraction.ts';
import { COUNTRY_NAMES } from '../nlp/lexicon.ts';
import { readBy } from './relation-rules.ts';
import type { ExtractionContext, ResolvedEntity } from './types.ts';

const SENATE = 'agency:us-senate';
const HOUSE = 'agency:us-house-of-representatives';
// A legislator's title names the chamber they sit in even when the sentence does not.
const CHAMBER_OF_ROLE: Record<string, readonly string[]> = {
  senator: [SENATE],
  senators: [SENATE],
  'senate majority leader': [SENATE],
  'senate minority leader': [SENATE],
  representative: [HOUSE],
  congressman: [HOUSE],
  congresswoman: [HOUSE],
  'house speaker': [HOUSE],
};
// "House Oversight Committee", "Senate Banking Committee": a chamber's first word before a unit's name.
const CHAMBER_OF_WORD: Record<string, readonly string[]> = { House: [HOUSE], Senate: [SENATE] };
const UNIT_HEADS = /\b(?:Committee|Subcommittee|Caucus|Panel|Office|Bureau|Division|Directorate|Unit|Task Force|Service|Command|Board|Council|Commission)$/;
const BODY_TYPES = new Set(['Agency', 'Organization']);

const firstPresent = (ids: readonly string[], present: ReadonlySet<string>) => ids.find((id) => present.has(id)) ?? null;

/** "Sen. Ada Marsh" in an article that names the Senate: she sits in it, with her title as the role. */
export function findChamberRelations(ctx: ExtractionContext): Relation[] {
  const present = new Set(ctx.resolved.entities.map((e) => e.id));
  return ctx.found.mentions.flatMap((mention, i) => {
    const subject = ctx.resolved.entityOfMention[i];
    const role = mention.role;
    // "Massachusetts Sen. Elizabeth Warren" sits in the Senate too; a title of an agency or company does not.
    if (!subject || !role || (role.of !== null && ctx.found.mentions[role.of]!.type !== 'Place')) return [];
    const chamber = firstPresent(CHAMBER_OF_ROLE[role.text.toLowerCase()] ?? [], present);
    if (!chamber) return [];
    return [readBy('legislator-chamber', {
      subject, predicate: 'AFFILIATED_WITH', object: chamber, role: role.text,
      evidence: { start: Math.min(role.start, mention.start), end: Math.max(role.end, mention.end) },
    })];
  });
}

// Offices written "<title> of <body>" before a name, which the title reader (one word at a time) does
// not take for a title: the body each belongs to.
const BODY_OF_OFFICE: Record<string, string> = {
  'secretary of state': 'agency:department-of-state',
  'speaker of the house': HOUSE,
  'secretary of defense': 'agency:dod',
  'secretary of homeland security': 'agency:dhs',
  'secretary of the treasury': 'agency:department-of-the-treasury',
};
const OFFICE_BEFORE = new RegExp(`(?<![\\p{L}])((?:former |then-)?(${Object.keys(BODY_OF_OFFICE).join('|')}))\\s+$`, 'iu');

/** "former Secretary of State Hillary Clinton", "Speaker of the House Newt Gingrich": the office's body, when the article names it. */
export function findOfficeRelations(ctx: ExtractionContext): Relation[] {
  const present = new Set(ctx.resolved.entities.map((e) => e.id));
  return ctx.found.mentions.flatMap((mention, i) => {
    const subject = ctx.resolved.entityOfMention[i];
    if (!subject || mention.type !== 'Person') return [];
    const from = Math.max(0, mention.start - 50);
    const match = OFFICE_BEFORE.exec(ctx.clean.text.slice(from, mention.start));
    const body = match ? BODY_OF_OFFICE[match[2]!.toLowerCase()] : undefined;
    if (!match || !body || !present.has(body)) return [];
    const start = from + match.index;
    return [readBy('office-title', { subject, predicate: 'AFFILIATED_WITH', object: body, role: match[1]!, evidence: { start, end: mention.end } })];
  });
}

/** The body a unit's name begins with: "Senate Banking Committee" → the Senate, "FBI Counterterrorism Division" → the FBI. */
function findParentByName(unit: ResolvedEntity, bodies: readonly ResolvedEntity[], present: ReadonlySet<string>): string | null {
  if (!UNIT_HEADS.test(unit.name)) return null;
  const chamber = CHAMBER_OF_WORD[unit.name.split(' ')[0]!];
  if (chamber) return firstPresent(chamber, present);
  for (const body of bodies) {
    if (body.id === unit.id) continue;
    const names = [body.name, ...body.aliases].filter((name) => name.length >= 3);
    if (names.some((name) => unit.name.startsWith(`${name} `) || unit.name.endsWith(` of ${name}`) || unit.name.endsWith(` of the ${name}`))) return body.id;
  }
  return null;
}

/**
 * Units named after the body they belong to ("House Oversight Committee"). The lexicon's own
 * hierarchy (ICE in DHS) is not written: an article that names both rarely states it, and a relation
 * must be stated (measured: 0 of 17 such pairs were in the gold).
 */
export function findPartOfRelations(ctx: ExtractionContext): Relation[] {
  const present = new Set(ctx.resolved.entities.map((e) => e.id));
  const bodies = ctx.resolved.entities.filter((e) => BODY_TYPES.has(e.type));
  const firstMention = (entity: ResolvedEntity) => ctx.found.mentions[Math.min(...entity.mentions)]!;
  const relations: Relation[] = [];
  for (const unit of bodies) {
    if (unit.mentions.length === 0) continue;
    const byName = findParentByName(unit, bodies, present);
    const mention = firstMention(unit);
    if (byName && byName !== unit.id) {
      relations.push(readBy('body-in-name', { subject: unit.id, predicate: 'PART_OF', object: byName, role: null, evidence: { start: mention.start, end: mention.end } }));
      continue;
    }
  }
  return relations;
}

// ", a division of the", ", an arm of": the body before is a part of the body after.
const PART_GAP = /^\s?,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+)?(?:division|unit|branch|component|subsidiary|arm|part|wing|subcommittee|subunit|sub-agency)\s+(?:of|within)\s+(?:the\s+)?$/u;
const LOCATED_GAP = /^,?\s+(?:(?:is |was )?(?:based|headquartered|held|located) )?(?:in|at) (?:the )?$/;
const PLACE_GAP = /^, $/;

/**
 * "the Instituto Gonzaga in Milan", "the convention in Cleveland": a body or event written with the
 * place it is in; "Aurora, Colorado": a place written with the state or country it is part of;
 * "the Water Office, a unit of the Ministry of Works": a body written with the one it is part of.
 */
export function findLocationRelations(ctx: ExtractionContext): Relation[] {
  const { mentions } = ctx.found;
  const text = ctx.clean.text;
  const entityOf = (i: number) => ctx.resolved.entityOfMention[i] ?? null;
  const typeOf = new Map(ctx.resolved.entities.map((e) => [e.id, e]));
  const order = mentions.map((m, i) => i).filter((i) => !mentions[i]!.nested).sort((a, b) => mentions[a]!.start - mentions[b]!.start);
  const relations: Relation[] = [];
  for (let k = 0; k + 1 < order.length; k += 1) {
    const here = mentions[order[k]!]!;
    const next = mentions[order[k + 1]!]!;
    const subject = entityOf(order[k]!);
    const object = entityOf(order[k + 1]!);
    if (!subject || !object || subject === object) continue;
    const subjectEntity = typeOf.get(subject);
    const objectEntity = typeOf.get(object);
    if (!subjectEntity || !objectEntity) continue;
    const gap = text.slice(here.end, next.start);
    const evidence = { start: here.start, end: next.end };
    if (BODY_TYPES.has(subjectEntity.type) && BODY_TYPES.has(objectEntity.type) && PART_GAP.test(gap)) {
      relations.push(readBy('part-apposition', { subject, predicate: 'PART_OF', object, role: null, evidence }));
      continue;
    }
    if (objectEntity.type !== 'Place') continue;
    if ((BODY_TYPES.has(subjectEntity.type) || subjectEntity.type === 'Event') && LOCATED_GAP.test(gap)) {
      relations.push(readBy('located-in-phrase', { subject, predicate: 'LOCATED_IN', object, role: null, evidence }));
    } else if (subjectEntity.type === 'Place' && PLACE_GAP.test(gap) && isStateOrCountry(objectEntity) && !isStateOrCountry(subjectEntity)) {
      relations.push(readBy('place-comma-place', { subject, predicate: 'PART_OF', object, role: null, evidence }));
    }
  }
  return relations;
}

function isStateOrCountry(place: ResolvedEntity): boolean {
  return place.parentId === 'place:united-states' || COUNTRY_NAMES.has(place.name);
}
