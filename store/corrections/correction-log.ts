import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { NotFoundError } from '../../model/errors.ts';
import { correctionFactsSchema, toCorrectionRequest, type Correction, type CorrectionAuthor, type CorrectionFacts, type CorrectionRequest, type ListedCorrection } from '../../model/corrections.ts';
import { toRowDecoder } from '../cypher/row-decoder.ts';
import type { RunRead } from '../graph-reads.ts';
import { applyCorrection, lastingReferences, namedReferences, referenceExists, toRetypedId } from './apply-correction.ts';
import { readEntity } from './read-entity.ts';
import { checkSplit } from './check-split.ts';
import { keptApartKey } from '../resolve-across-documents.ts';

const COLUMNS = 'c.id AS id, c.action AS action, c.arguments AS arguments, c.facts AS facts, c.time AS time, c.editor AS editor, c.note AS note, c.undoneAt AS undoneAt';
export const CORRECTION_QUERIES = {
  add: 'CREATE (c:Correction {id: $id, action: $action, arguments: $arguments, facts: $facts, time: $time, editor: $editor, note: $note})',
  // newest first; the id breaks ties within one millisecond, and it grows with time
  list: `MATCH (c:Correction) RETURN ${COLUMNS} ORDER BY c.time DESC, c.id DESC`,
  byId: `MATCH (c:Correction {id: $id}) RETURN ${COLUMNS}`,
  undo: 'MATCH (c:Correction {id: $id}) SET c.undoneAt = $at',
  undoneBy: `MATCH (c:Correction) WHERE c.editor = $editor AND c.action = 'merge' AND c.undoneAt IS NOT NULL RETURN ${COLUMNS}`,
} as const;

/** The editor name of the merges resolution makes by itself across articles: listed, explained and undone like any other. */
export const RESOLUTION_EDITOR = 'resolution';

const decodeCorrection = toRowDecoder('corrections', {
  id: z.string(),
  action: z.string(),
  arguments: z.string(),
  facts: z.string().nullable(),
  time: z.string(),
  editor: z.string(),
  note: z.string().nullable(),
  undoneAt: z.string().nullable(),
});

function toCorrection(row: ReturnType<typeof decodeCorrection>[number]): Correction {
  return {
    id: row.id,
    action: row.action as Correction['action'],
    arguments: JSON.parse(row.arguments) as Record<string, unknown>,
    facts: correctionFactsSchema.parse(JSON.parse(row.facts ?? '{}')),
    time: row.time,
    editor: row.editor,
    note: row.note,
    undone: row.undoneAt !== null,
  };
}

/** Every correction, newest first. */
export async function readCorrections(run: RunRead): Promise<Correction[]> {
  return decodeCorrection(await run(CORRECTION_QUERIES.list, {})).map(toCorrection);
}

export async function readCorrection(run: RunRead, id: string): Promise<Correction | null> {
  const [row] = decodeCorrection(await run(CORRECTION_QUERIES.byId, { id }));
  return row ? toCorrection(row) : null;
}

/** Every correction, newest first, each marked stale when an entity or quote it keeps is gone. */
export async function listCorrections(run: RunRead): Promise<ListedCorrection[]> {
  const listed: ListedCorrection[] = [];
  for (const correction of await readCorrections(run)) {
    let stale = false;
    for (const reference of lastingReferences(correction)) if (!(await referenceExists(run, reference))) stale = true;
    listed.push({ ...correction, stale });
  }
  return listed;
}

/**
 * Checks that every id the request names is in the graph (a NotFoundError names the field if not),
 * records the correction with what it must remember, and applies it. Runs inside the caller's transaction.
 */
export async function addCorrection(run: RunRead, request: CorrectionRequest, author: CorrectionAuthor): Promise<Correction> {
  for (const reference of namedReferences(request)) {
    if (!(await referenceExists(run, reference))) {
      throw new NotFoundError(`${reference.field}: no ${reference.kind} has the id "${reference.id}".`);
    }
  }
  const facts: CorrectionFacts = {};
  if (request.action === 'retype') facts.newId = toRetypedId(request.entity, request.type);
  if (request.action === 'split') facts.newId = await checkSplit(run, request);
  if (request.action === 'delete') {
    const entity = await readEntity(run, request.entity);
    facts.names = [...new Set([entity?.name, ...(entity?.aliases ?? [])].filter((name): name is string => !!name))];
  }
  const time = (author.now ?? (() => new Date()))();
  const { action, note, ...args } = request;
  const correction: Correction = {
    id: newCorrectionId(time),
    action,
    arguments: args,
    facts,
    time: time.toISOString(),
    editor: author.editor,
    note: note ?? null,
    undone: false,
  };
  await writeCorrection(run, correction);
  await applyCorrection(run, correction);
  return correction;
}

async function writeCorrection(run: RunRead, correction: Correction): Promise<void> {
  const { query, params } = toCorrectionStatement(correction);
  await run(query, params);
  if (correction.undone) await run(CORRECTION_QUERIES.undo, { id: correction.id, at: correction.time });
}

/** The statement that records a correction in force (not yet undone). */
export function toCorrectionStatement(correction: Correction): { query: string; params: Record<string, unknown> } {
  return {
    query: CORRECTION_QUERIES.add,
    params: {
      id: correction.id,
      action: correction.action,
      arguments: JSON.stringify(correction.arguments),
      facts: JSON.stringify(correction.facts),
      time: correction.time,
      editor: correction.editor,
      note: correction.note,
    },
  };
}

function newCorrectionId(time: Date): string {
  return `${time.getTime().toString(36).padStart(9, '0')}-${randomBytes(4).toString('hex')}`;
}

/** The merge resolution records when it finds a stored node to be another (applied by the replay after the write). */
export function toResolutionMerge(from: string, into: string, note: string, time: Date = new Date()): Correction {
  return {
    id: newCorrectionId(time),
    action: 'merge',
    arguments: { into, entities: [from] },
    facts: {},
    time: time.toISOString(),
    editor: RESOLUTION_EDITOR,
    note,
    undone: false,
  };
}

/**
 * The pairs (`keptApartKey`) resolution must never join again: its own merges an editor undid. Without
 * this, the next article naming the surname would join them once more and the undo would not hold.
 */
export async function readKeptApart(run: RunRead): Promise<Set<string>> {
  const keptApart = new Set<string>();
  for (const correction of decodeCorrection(await run(CORRECTION_QUERIES.undoneBy, { editor: RESOLUTION_EDITOR })).map(toCorrection)) {
    const request = toCorrectionRequest(correction);
    if (request.action !== 'merge') continue;
    for (const from of request.entities) keptApart.add(keptApartKey(from, request.into));
  }
  return keptApart;
}

/**
 * Records a correction exported from another store as it was (id, time, editor, undone) and applies it
 * if it is in force; false when the log already holds its id. An id it names that this graph lacks is
 * no error: the correction is kept, stale until articles bring the entity.
 */
export async function importCorrection(run: RunRead, correction: Correction): Promise<boolean> {
  if (await readCorrection(run, correction.id)) return false;
  await writeCorrection(run, correction);
  if (!correction.undone) await applyCorrection(run, correction);
  return true;
}

/** Marks a correction undone; null if there is none with that id. The caller re-derives what it changed. */
export async function markUndone(run: RunRead, id: string, at: Date): Promise<Correction | null> {
  const correction = await readCorrection(run, id);
  if (!correction) return null;
  if (!correction.undone) await run(CORRECTION_QUERIES.undo, { id, at: at.toISOString() });
  return { ...correction, undone: true };
}

/** Applies every correction in force, oldest first, inside the caller's transaction. */
export async function replayCorrections(run: RunRead): Promise<void> {
  for (const correction of (await readCorrections(run)).filter((each) => !each.undone).reverse()) await applyCorrection(run, correction);
}
