import type { Relation, RelationPredicate } from '../model.ts';
import type { ExtractionContext } from '../extract-article.ts';
import { readTable } from '../nlp/data-files.ts';
import { SPOKESPERSON_WORDS } from '../nlp/lexicon.ts';
import { findSentenceEnd, findSentenceStart } from '../nlp/sentences.ts';

const RELATION_VERBS = new Map(readTable('relation-verbs.tsv', 2).map(([word = '', predicate = '']) => [word, predicate as RelationPredicate]));
const ACTORS = new Set(['Person', 'Agency', 'Organization', 'Place']);
// A title with no body named: a president is the country's, a governor the state's.
const DEFAULT_BODY: Record<string, 'country' | 'state'> = { president: 'country', governor: 'state', 'lieutenant governor': 'state' };

/** The evidence span of the sentence around a position. */
function sentenceAround(ctx: ExtractionContext, position: number): { start: number; end: number } {
  const paragraph = ctx.clean.paragraphs.find((p) => p.start <= position && position <= p.end) ?? { start: 0, end: ctx.clean.text.length };
  return { start: findSentenceStart(ctx.clean.text, paragraph.start, position), end: findSentenceEnd(ctx.clean.text, position, paragraph.end) };
}

/** The place most often named among US states (for a governor) or the country (for a president). */
function defaultBody(ctx: ExtractionContext, kind: 'country' | 'state'): string | null {
  const places = ctx.resolved.entities.filter((e) => e.type === 'Place' && (kind === 'state' ? e.parentId === 'place:united-states' : e.id === 'place:united-states'));
  places.sort((a, b) => b.mentions.length - a.mentions.length);
  return places[0]?.id ?? (kind === 'country' ? 'place:united-states' : null);
}

function findRoleRelations(ctx: ExtractionContext): Relation[] {
  const relations: Relation[] = [];
  const ids = new Set(ctx.resolved.entities.map((e) => e.id));
  ctx.found.mentions.forEach((mention, i) => {
    const subject = ctx.resolved.entityOfMention[i];
    const role = mention.role;
    if (!subject || !role) return;
    const fallback = DEFAULT_BODY[role.text.toLowerCase()];
    const object = role.of !== null ? ctx.resolved.entityOfMention[role.of] : fallback ? defaultBody(ctx, fallback) : null;
    if (!object || !ids.has(object) || object === subject) return;
    const evidence = { start: Math.min(role.start, mention.start), end: Math.max(role.end, mention.end) };
    relations.push({ subject, predicate: 'AFFILIATED_WITH', object, role: role.text, evidence });
    const spokes = role.text.toLowerCase().split(/\s+/).some((word) => SPOKESPERSON_WORDS.has(word));
    if (spokes) relations.push({ subject, predicate: 'SPOKESPERSON_FOR', object, role: null, evidence });
  });
  return relations;
}

/** "a spokesman for Polis, Conor Cahill" and "X, a Democrat," stated around names. */
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
      relations.push({ subject: nextId, predicate: 'SPOKESPERSON_FOR', object: id, role: null, evidence: { start: mention.start - 20, end: next.end } });
    }
    const party = /^,\s+a (?:[\p{Lu}][\p{L}]+ )?(Democrat|Republican)\b/u.exec(text.slice(mention.end, mention.end + 40));
    const partyId = party ? `org:${party[1] === 'Democrat' ? 'democratic' : 'republican'}-party` : null;
    if (id && partyId && ctx.resolved.entities.some((e) => e.id === partyId)) {
      relations.push({ subject: id, predicate: 'AFFILIATED_WITH', object: partyId, role: null, evidence: { start: mention.start, end: mention.end + party![0].length } });
    }
  });
  return relations;
}

/** "DHS and DoD are coordinating", "DEA agents supported ICE": a verb between two actors of one sentence. */
function findVerbRelations(ctx: ExtractionContext): Relation[] {
  const relations: Relation[] = [];
  const text = ctx.clean.text;
  const actors = ctx.found.mentions
    .map((mention, i) => ({ mention, id: ctx.resolved.entityOfMention[i] }))
    .filter((m): m is { mention: typeof m.mention; id: string } => !!m.id && ACTORS.has(ctx.resolved.entities.find((e) => e.id === m.id)?.type ?? ''));
  for (const match of text.matchAll(/\b\p{Ll}+\b/gu)) {
    const predicate = RELATION_VERBS.get(match[0]);
    if (!predicate) continue;
    const sentence = sentenceAround(ctx, match.index);
    const subject = actors.filter((a) => a.mention.end <= match.index && a.mention.start >= sentence.start).at(-1);
    const object = actors.find((a) => a.mention.start > match.index && a.mention.end <= sentence.end);
    if (!subject || !object || subject.id === object.id) continue;
    if (match.index - subject.mention.end > 60 || object.mention.start - match.index > 50) continue;
    relations.push({ subject: subject.id, predicate, object: object.id, role: null, evidence: sentence });
  }
  return relations;
}

/** Relations stated in one sentence or two adjacent ones, each with its evidence span, without repeats. */
export function findRelations(ctx: ExtractionContext): Relation[] {
  const seen = new Set<string>();
  return [...findRoleRelations(ctx), ...findAppositionRelations(ctx), ...findVerbRelations(ctx)].filter((relation) => {
    const key = `${relation.subject} ${relation.predicate} ${relation.object}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
