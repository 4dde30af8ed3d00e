import { z } from 'zod';
import { ENTITY_ID_PREFIX, REL_TABLES, isAllowedEdge, quoteName, type EntityType, type NodeLabel, type RelTable } from '../../model/graph-model.ts';
import { toSearchText } from '../../model/graph-rows.ts';
import type { SplitRequest } from '../../model/corrections.ts';
import { toSlug } from '../../model/slug.ts';
import { toRowDecoder } from '../cypher/row-decoder.ts';
import type { RunRead } from '../graph-reads.ts';
import { readEntity, unionNames } from './read-entity.ts';
import { recountSaidAbout } from './recount-said-about.ts';
import { foldName, toEvidenceSide, toSideSpans, toSplitNames, type SideSpan } from './split-evidence.ts';

/** The id of the entity a split makes: its type's prefix and its name's slug, as extraction names entities. */
export function toSplitId(request: SplitRequest, entityType: EntityType): string {
  return `${ENTITY_ID_PREFIX[request.type ?? entityType]}:${toSlug(request.name ?? request.aliases[0]!)}`;
}

const decodeMentions = toRowDecoder('splitMentions', {
  document: z.string(),
  text: z.string().nullable(),
  count: z.number().nullable(),
  spans: z.array(z.number()).nullable(),
});
const decodeEvidence = toRowDecoder('splitEvidence', {
  other: z.string(),
  document: z.string().nullable(),
  startOffset: z.number().nullable(),
  endOffset: z.number().nullable(),
});

/** Edge tables whose every edge carries the document and offsets it was read from. */
const EVIDENCE_TABLES = REL_TABLES.filter((table) => 'document' in table.properties && 'startOffset' in table.properties);

/**
 * Splits the request's aliases off an entity into the entity `newId` (made if missing): each mention
 * goes by the name written there, and each quote, relation and event link by the mention nearest its
 * evidence. Evidence the new type may not carry (an event's links, for a person) goes with the split.
 * Run again, it moves only what is not yet split, such as a later article's mentions of those aliases.
 */
export async function splitEntity(run: RunRead, request: SplitRequest, newId: string): Promise<void> {
  const entity = await readEntity(run, request.entity);
  if (!entity || newId === entity.id) return;
  const names = toSplitNames(request.aliases, unionNames([entity.name], entity.aliases ?? []));
  const spansByDocument = new Map<string, SideSpan[]>();
  const moves: { document: string; kept: SideSpan[]; moved: SideSpan[]; count: number }[] = [];
  for (const row of decodeMentions(
    await run(`MATCH (d:Document)-[r:MENTIONS]->(e:${entity.label} {id: $id}) RETURN d.id AS document, d.text AS text, r.count AS count, r.spans AS spans`, { id: entity.id }),
  )) {
    const spans = toSideSpans(row.text ?? '', row.spans, names);
    spansByDocument.set(row.document, spans);
    const moved = spans.filter((span) => span.side === 'moves');
    if (moved.length > 0) moves.push({ document: row.document, kept: spans.filter((span) => span.side !== 'moves'), moved, count: row.count ?? spans.length });
  }
  const allNames = unionNames([entity.name], entity.aliases ?? []);
  const staying = allNames.filter((name) => !names.moving.has(foldName(name)));
  const hasMovingAlias = staying.length < allNames.length;
  if (moves.length === 0 && !hasMovingAlias) return;
  const target = await ensureTarget(run, request, newId, entity.label);
  const movedCount = moves.reduce((sum, each) => sum + each.moved.length, 0);
  for (const move of moves) await moveMentions(run, { label: entity.label, id: entity.id }, target, move);
  const movedEvidence = await moveEvidence(run, { label: entity.label, id: entity.id }, target, spansByDocument);
  if (staying.length > 0) {
    const name = staying.includes(entity.name ?? '') ? entity.name : staying[0]!;
    await run(`MATCH (e:${entity.label} {id: $id}) SET e.name = $name, e.aliases = $aliases, e.searchText = $searchText, e.mentions = $mentions`, {
      id: entity.id,
      name,
      aliases: staying,
      searchText: toSearchText(staying),
      mentions: Math.max(0, (entity.mentions ?? 0) - movedCount),
    });
  }
  await run(`MATCH (t:${target.label} {id: $id}) SET t.mentions = t.mentions + $moved`, { id: target.id, moved: movedCount });
  if (movedEvidence) await recountSaidAbout(run, [{ id: entity.id, label: entity.label }, target]);
}

/** The entity the aliases go to: made with the split's name and aliases, or given them if it is there. */
async function ensureTarget(run: RunRead, request: SplitRequest, id: string, entityType: EntityType): Promise<{ id: string; label: EntityType }> {
  const label = request.type ?? entityType;
  const existing = await readEntity(run, id);
  const aliases = unionNames([request.name ?? request.aliases[0]!], request.aliases, existing?.aliases ?? []);
  if (existing) {
    await run(`MATCH (t:${label} {id: $id}) SET t.aliases = $aliases, t.searchText = $searchText`, { id, aliases, searchText: toSearchText(aliases) });
  } else {
    await run(`CREATE (t:${label} {id: $id, name: $name, aliases: $aliases, searchText: $searchText, mentions: 0})`, {
      id,
      name: aliases[0],
      aliases,
      searchText: toSearchText(aliases),
    });
  }
  return { id, label };
}

type Labelled = { id: string; label: EntityType };

async function moveMentions(run: RunRead, from: Labelled, to: Labelled, move: { document: string; kept: SideSpan[]; moved: SideSpan[]; count: number }) {
  const flat = (spans: SideSpan[]) => spans.flatMap((span) => [span.start, span.end]);
  const params = { document: move.document, to: to.id, spans: flat(move.moved), moved: move.moved.length };
  const pair = `(d:Document {id: $document}), (t:${to.label} {id: $to})`;
  await run(`MATCH ${pair} MATCH (d)-[s:MENTIONS]->(t) SET s.count = s.count + $moved, s.spans = s.spans + $spans`, params);
  await run(`MATCH ${pair} WHERE NOT EXISTS { MATCH (d)-[:MENTIONS]->(t) } CREATE (d)-[:MENTIONS {count: $moved, spans: $spans}]->(t)`, params);
  const remaining = move.count - move.moved.length;
  if (remaining <= 0) {
    await run(`MATCH (d:Document {id: $document})-[r:MENTIONS]->(e:${from.label} {id: $from}) DELETE r`, { document: move.document, from: from.id });
    return;
  }
  // an empty list parameter trips the embedded store: no spans left is null
  const kept = flat(move.kept);
  await run(`MATCH (d:Document {id: $document})-[r:MENTIONS]->(e:${from.label} {id: $from}) SET r.count = $count, r.spans = $spans`, {
    document: move.document,
    from: from.id,
    count: remaining,
    spans: kept.length > 0 ? kept : null,
  });
}

/** Moves each evidence edge whose nearest mention was split off; true when one moved. */
async function moveEvidence(run: RunRead, from: Labelled, to: Labelled, spansByDocument: Map<string, SideSpan[]>): Promise<boolean> {
  let moved = false;
  for (const table of EVIDENCE_TABLES) {
    for (const [start, end] of table.pairs) {
      if (start === from.label) moved = (await moveEnd(run, table, 'out', end, from, to, spansByDocument)) || moved;
      if (end === from.label) moved = (await moveEnd(run, table, 'in', start, from, to, spansByDocument)) || moved;
    }
  }
  return moved;
}

async function moveEnd(run: RunRead, table: RelTable, direction: 'out' | 'in', otherLabel: NodeLabel, from: Labelled, to: Labelled, spansByDocument: Map<string, SideSpan[]>) {
  const type = quoteName(table.type);
  const self = `(x:${from.label} {id: $from})`;
  const pattern = (other: string) => (direction === 'out' ? `${self}-[r:${type}]->${other}` : `${other}-[r:${type}]->${self}`);
  const rows = decodeEvidence(
    await run(`MATCH ${pattern(`(o:${otherLabel})`)} RETURN o.id AS other, r.document AS document, r.startOffset AS startOffset, r.endOffset AS endOffset`, { from: from.id }),
  );
  const carried = direction === 'out' ? isAllowedEdge(table.type, to.label, otherLabel) : isAllowedEdge(table.type, otherLabel, to.label);
  const props = `{${Object.keys(table.properties).map((name) => `${name}: r.${name}`).join(', ')}}`;
  const created = direction === 'out' ? `(t)-[:${type} ${props}]->(o)` : `(o)-[:${type} ${props}]->(t)`;
  let moved = false;
  for (const row of rows) {
    if (row.document === null || row.startOffset === null || row.endOffset === null || row.other === to.id || row.other === from.id) continue;
    if (toEvidenceSide(spansByDocument.get(row.document) ?? [], row.startOffset, row.endOffset) !== 'moves') continue;
    const params = { from: from.id, to: to.id, other: row.other, document: row.document, startOffset: row.startOffset, endOffset: row.endOffset };
    const match = `MATCH ${pattern(`(o:${otherLabel} {id: $other})`)}, (t:${to.label} {id: $to}) ` +
      'WHERE r.document = $document AND r.startOffset = $startOffset AND r.endOffset = $endOffset';
    await run(carried ? `${match} CREATE ${created} DELETE r` : `${match} DELETE r`, params);
    moved = true;
  }
  return moved;
}
