import { z } from 'zod';
import { ENTITY_ID_PREFIX, ENTITY_TYPES, labelForEntityId, quoteName, type EntityType, type RelationType } from '../../model/graph-model.ts';
import { toSearchText } from '../../model/graph-rows.ts';
import { toCorrectionRequest, type Correction, type CorrectionRequest } from '../../model/corrections.ts';
import { toRowDecoder } from '../cypher/row-decoder.ts';
import type { RunRead } from '../graph-reads.ts';
import { toMoveEdgeStatements } from './move-edges.ts';
import { quoteExists, readEntity, unionNames } from './read-entity.ts';
import { splitEntity, toSplitId } from './split-entity.ts';

/** The id an entity gets as this type: the same name part under the type's prefix. */
export function toRetypedId(id: string, type: EntityType): string {
  return `${ENTITY_ID_PREFIX[type]}:${id.slice(id.indexOf(':') + 1)}`;
}

/**
 * Brings one correction's effect into the graph, reading what is there first, so running it again, or
 * after articles that re-created what it removed, changes only what is not yet corrected.
 * Runs inside the caller's transaction.
 */
export async function applyCorrection(run: RunRead, correction: Correction): Promise<void> {
  const request = toCorrectionRequest(correction);
  switch (request.action) {
    case 'merge':
      for (const id of request.entities) if (id !== request.into) await mergeInto(run, id, request.into);
      return;
    case 'split': {
      const entity = await readEntity(run, request.entity);
      const newId = correction.facts.newId ?? (entity ? toSplitId(request, entity.label) : null);
      return newId ? splitEntity(run, request, newId) : undefined;
    }
    case 'rename':
      return rename(run, request.entity, request.name);
    case 'retype': {
      const newId = correction.facts.newId ?? toRetypedId(request.entity, request.type);
      return retype(run, request.entity, newId, request.type);
    }
    case 'delete':
      return deleteEntity(run, request.entity, correction.facts.names ?? []);
    case 'set-speaker':
      return setSpeaker(run, request.quote, request.speaker);
    case 'reject-relation':
      return rejectRelation(run, request);
  }
}

/** Moves every edge, alias and mention count of `fromId` onto `toId` and removes `fromId`. */
async function mergeInto(run: RunRead, fromId: string, toId: string): Promise<void> {
  const from = await readEntity(run, fromId);
  const to = await readEntity(run, toId);
  if (!from || !to) return;
  for (const statement of toMoveEdgeStatements(from.label, to.label, { from: fromId, to: toId })) await run(statement.query, statement.params);
  const aliases = unionNames(to.aliases ?? [], [from.name], from.aliases ?? []);
  await run(`MATCH (t:${to.label} {id: $id}) SET t.aliases = $aliases, t.searchText = $searchText, t.mentions = $mentions`, {
    id: toId,
    aliases,
    searchText: toSearchText(aliases),
    mentions: (to.mentions ?? 0) + (from.mentions ?? 0),
  });
  await run(`MATCH (x:${from.label} {id: $id}) DETACH DELETE x`, { id: fromId });
}

async function rename(run: RunRead, id: string, name: string): Promise<void> {
  const entity = await readEntity(run, id);
  if (!entity || entity.name === name) return;
  // the old name stays an alias: articles that still use it find the entity
  const aliases = unionNames([name], entity.aliases ?? [], [entity.name]);
  await run(`MATCH (e:${entity.label} {id: $id}) SET e.name = $name, e.aliases = $aliases, e.searchText = $searchText`, {
    id,
    name,
    aliases,
    searchText: toSearchText(aliases),
  });
}

/** A new node under the new label and id takes the old one's properties, then the old one merges into it. */
async function retype(run: RunRead, oldId: string, newId: string, type: EntityType): Promise<void> {
  const old = await readEntity(run, oldId);
  if (!old || oldId === newId) return;
  if (!(await readEntity(run, newId))) {
    await run(
      `CREATE (n:${type} {id: $id, name: $name, aliases: $aliases, searchText: $searchText, kind: $kind, mentions: 0, eventType: $eventType, date: $date})`,
      {
        id: newId,
        name: old.name,
        aliases: old.aliases ?? [],
        searchText: toSearchText(old.aliases ?? []),
        kind: old.kind,
        eventType: type === 'Event' ? old.eventType : null,
        date: type === 'Event' ? old.date : null,
      },
    );
  }
  await mergeInto(run, oldId, newId);
}

/** The entity goes with its edges, and so does any entity that later articles make of one of its names. */
async function deleteEntity(run: RunRead, id: string, names: string[]): Promise<void> {
  const label = labelForEntityId(id);
  if (label) await run(`MATCH (e:${label} {id: $id}) DETACH DELETE e`, { id });
  if (names.length === 0) return;
  for (const each of ENTITY_TYPES) await run(`MATCH (e:${each}) WHERE e.name IN $names DETACH DELETE e`, { names });
}

const decodeSpeaker = toRowDecoder('correctionSpeaker', { id: z.string() });
const decodeKind = toRowDecoder('correctionQuoteKind', { kind: z.string().nullable() });
const decodeAbout = toRowDecoder('correctionAbout', { id: z.string() });

/**
 * The quote's SAID edge moves to the new speaker (or goes), and the speaker-to-subject counts follow it.
 * The attribution is then a person's word: rule "correction", confidence 1, even where it confirms the speaker.
 */
async function setSpeaker(run: RunRead, quoteId: string, speakerId: string | null): Promise<void> {
  if (!(await quoteExists(run, quoteId))) return;
  const speaker = speakerId === null ? null : await readEntity(run, speakerId);
  if (speakerId !== null && !speaker) return;
  // undo needs no inverse: it rewrites the extraction, whose rule and confidence come back with it
  await run("MATCH (q:Quote {id: $quote}) SET q.rule = 'correction', q.confidence = 1.0", { quote: quoteId });
  const current: { id: string; label: EntityType }[] = [];
  for (const label of ENTITY_TYPES) {
    for (const row of decodeSpeaker(await run(`MATCH (s:${label})-[:SAID]->(q:Quote {id: $quote}) RETURN s.id AS id`, { quote: quoteId }))) {
      current.push({ id: row.id, label });
    }
  }
  if (current.length === (speaker ? 1 : 0) && current.every((each) => each.id === speakerId)) return;
  // the speaker-to-subject counts say how many of each kind: this quote's kind moves with it
  const [quote] = decodeKind(await run('MATCH (q:Quote {id: $quote}) RETURN q.kind AS kind', { quote: quoteId }));
  const kind = quote?.kind === 'indirect' ? 'indirect' : 'direct';
  const about: { id: string; label: EntityType }[] = [];
  for (const label of ENTITY_TYPES) {
    for (const row of decodeAbout(await run(`MATCH (q:Quote {id: $quote})-[:ABOUT]->(a:${label}) RETURN a.id AS id`, { quote: quoteId }))) {
      about.push({ id: row.id, label });
    }
  }
  for (const old of current) {
    for (const subject of about.filter((each) => each.id !== old.id)) {
      await run(`MATCH (s:${old.label} {id: $s})-[r:SAID_ABOUT]->(a:${subject.label} {id: $a}) SET r.count = r.count - 1, r.${kind} = r.${kind} - 1`, { s: old.id, a: subject.id });
      await run(`MATCH (s:${old.label} {id: $s})-[r:SAID_ABOUT]->(a:${subject.label} {id: $a}) WHERE r.count <= 0 DELETE r`, { s: old.id, a: subject.id });
    }
    await run(`MATCH (s:${old.label} {id: $s})-[r:SAID]->(q:Quote {id: $quote}) DELETE r`, { s: old.id, quote: quoteId });
  }
  if (!speaker) return;
  await run(
    `MATCH (s:${speaker.label} {id: $s}), (q:Quote {id: $quote}) ` +
      'CREATE (s)-[:SAID {document: q.document, startOffset: q.startOffset, endOffset: q.endOffset, via: q.via}]->(q)',
    { s: speaker.id, quote: quoteId },
  );
  for (const subject of about.filter((each) => each.id !== speaker.id)) {
    const params = { s: speaker.id, a: subject.id };
    const pair = `(s:${speaker.label} {id: $s}), (a:${subject.label} {id: $a})`;
    await run(`MATCH ${pair} MATCH (s)-[r:SAID_ABOUT]->(a) SET r.count = r.count + 1, r.${kind} = r.${kind} + 1`, params);
    await run(`MATCH ${pair} WHERE NOT EXISTS { MATCH (s)-[:SAID_ABOUT]->(a) } CREATE (s)-[:SAID_ABOUT {count: 1, direct: $direct, indirect: $indirect}]->(a)`, {
      ...params,
      direct: kind === 'direct' ? 1 : 0,
      indirect: kind === 'indirect' ? 1 : 0,
    });
  }
}

/** Edges of the type between the two, either way round. */
async function rejectRelation(run: RunRead, request: { from: string; type: RelationType; to: string }): Promise<void> {
  const from = labelForEntityId(request.from);
  const to = labelForEntityId(request.to);
  if (!from || !to) return;
  const type = quoteName(request.type);
  await run(`MATCH (a:${from} {id: $from})-[r:${type}]->(b:${to} {id: $to}) DELETE r`, { from: request.from, to: request.to });
  await run(`MATCH (b:${to} {id: $to})-[r:${type}]->(a:${from} {id: $from}) DELETE r`, { from: request.from, to: request.to });
}

/** An entity or quote id a request names, with the request field that names it. */
export interface NamedReference {
  field: string;
  id: string;
  kind: 'entity' | 'quote';
}

/** The ids a request names: each must be in the graph when the correction is made. */
export function namedReferences(request: CorrectionRequest): NamedReference[] {
  const entity = (field: string, id: string): NamedReference => ({ field, id, kind: 'entity' });
  switch (request.action) {
    case 'merge':
      return [entity('into', request.into), ...request.entities.map((id, index) => entity(`entities.${index}`, id))];
    case 'split':
    case 'rename':
    case 'retype':
    case 'delete':
      return [entity('entity', request.entity)];
    case 'set-speaker':
      return [{ field: 'quote', id: request.quote, kind: 'quote' }, ...(request.speaker === null ? [] : [entity('speaker', request.speaker)])];
    case 'reject-relation':
      return [entity('from', request.from), entity('to', request.to)];
  }
}

/** The ids that are in the graph while the correction holds: when one is missing, the correction is stale. */
export function lastingReferences(correction: Correction): NamedReference[] {
  const request = toCorrectionRequest(correction);
  switch (request.action) {
    case 'merge':
      return [{ field: 'into', id: request.into, kind: 'entity' }];
    case 'retype':
      return [{ field: 'entity', id: correction.facts.newId ?? toRetypedId(request.entity, request.type), kind: 'entity' }];
    case 'split':
      // both sides of a split: either gone leaves nothing to split, or nowhere to put it
      return [{ field: 'entity', id: request.entity, kind: 'entity' }, ...(correction.facts.newId ? [{ field: 'name', id: correction.facts.newId, kind: 'entity' as const }] : [])];
    case 'delete':
      return [];
    default:
      return namedReferences(request);
  }
}

/** True when the graph holds the entity or quote. */
export async function referenceExists(run: RunRead, reference: NamedReference): Promise<boolean> {
  return reference.kind === 'quote' ? quoteExists(run, reference.id) : (await readEntity(run, reference.id)) !== null;
}

/** Old id → new id for every merged-away and retyped entity, by the corrections in force, oldest first. */
export function toRedirects(corrections: readonly Correction[]): Map<string, string> {
  const moves = new Map<string, string>();
  for (const correction of [...corrections].reverse()) {
    if (correction.undone) continue;
    const request = toCorrectionRequest(correction);
    if (request.action === 'merge') for (const id of request.entities) if (id !== request.into) moves.set(id, request.into);
    if (request.action === 'retype') moves.set(request.entity, correction.facts.newId ?? toRetypedId(request.entity, request.type));
  }
  return moves;
}
