import { ENTITY_TYPES } from '../model/graph-model.ts';
import { type Extraction } from '../model/extraction.ts';
import { mergeGraphWrites, toGraphWrite } from './to-graph-write.ts';
import { assertGraphWriteTypes } from './assert-graph-write-types.ts';
import { resolveBatchAgainstStore } from './resolve-batch.ts';
import { readKeptApart, toCorrectionStatement, toResolutionMerge } from './corrections/correction-log.ts';
import { MENTIONED_BY_DOCUMENTS, decodeMentionedByDocuments, toDeleteStatements } from './cypher/delete-queries.ts';
import {
  DOCUMENTS_BY_ID,
  DOCUMENTS_BY_SOURCE,
  decodeDocumentsById,
  decodeDocumentsBySource,
  decodeExistingAliases,
  toExistingAliasesQuery,
  toWriteStatements,
  type Statement,
} from './cypher/write-queries.ts';
import type { RunRead } from './graph-reads.ts';
import type { BatchWriteOutcome, DocumentMeta, WriteOutcome } from './graph-store.ts';

export interface WriteItem {
  extraction: Extraction;
  meta: DocumentMeta;
}

export interface WritePlan {
  statements: Statement[];
  outcomes: WriteOutcome[];
}

/**
 * Plans one transaction for articles with distinct sources: already stored ones are unchanged;
 * an article whose source is stored with another text replaces that document (its mentions,
 * quotes and evidence go first); the rest are written, all in one batch of statements.
 */
export async function planWrites(items: WriteItem[], run: RunRead): Promise<WritePlan> {
  const ids = items.map((item) => item.extraction.document.id);
  const stored = new Set(decodeDocumentsById(await run(DOCUMENTS_BY_ID, { ids })).map((row) => row.id));
  const isFresh = (item: WriteItem, index: number) => !stored.has(item.extraction.document.id) && ids.indexOf(item.extraction.document.id) === index;
  const { items: fresh, absorptions } = await resolveBatchAgainstStore(items.filter(isFresh), run, await readKeptApart(run));
  const sources = fresh.map((item) => item.meta.source);
  const previous = new Map<string, string[]>();
  // An empty list parameter crashes the embedded store's binder: never send one.
  const bySource = sources.length > 0 ? decodeDocumentsBySource(await run(DOCUMENTS_BY_SOURCE, { sources })) : [];
  for (const { id, source } of bySource) previous.set(source, [...(previous.get(source) ?? []), id]);
  const replacedIds = [...previous.values()].flat();
  const statements: Statement[] = [];
  if (replacedIds.length > 0) {
    const mentioned = decodeMentionedByDocuments(await run(MENTIONED_BY_DOCUMENTS, { ids: replacedIds })).map((row) => row.id);
    statements.push(...toDeleteStatements(replacedIds, mentioned));
  }
  if (fresh.length > 0) {
    const write = mergeGraphWrites(fresh.map((item) => toGraphWrite(item.extraction, item.meta)));
    assertGraphWriteTypes(write);
    statements.push(...toWriteStatements(write, await readExistingAliases(write.entities, run)));
  }
  // recorded as corrections, so the replay after the write merges them and an editor can see why and undo it
  for (const { from, into, note } of absorptions) statements.push(toCorrectionStatement(toResolutionMerge(from, into, note)));
  const outcomes = items.map((item, index): WriteOutcome => {
    if (!isFresh(item, index)) return { status: 'unchanged' };
    const replaced = previous.get(item.meta.source);
    return replaced ? { status: 'replaced', previous: replaced } : { status: 'written' };
  });
  return { statements, outcomes };
}

async function readExistingAliases(entities: Parameters<typeof toWriteStatements>[0]['entities'], run: RunRead) {
  const existing = new Map<string, string[]>();
  for (const label of ENTITY_TYPES) {
    const ids = entities[label].map((row) => row.id);
    if (ids.length === 0) continue;
    for (const row of decodeExistingAliases(await run(toExistingAliasesQuery(label), { ids }))) existing.set(row.id, row.aliases ?? []);
  }
  return existing;
}

/** Splits a batch so no two articles in one part share a source: a later text replaces an earlier one. */
export function splitBySource(items: WriteItem[]): WriteItem[][] {
  const parts: WriteItem[][] = [];
  for (const item of items) {
    const part = parts.find((candidate) => !candidate.some((other) => other.meta.source === item.meta.source));
    if (part && part === parts[parts.length - 1]) part.push(item);
    else parts.push([item]);
  }
  return parts;
}

/**
 * Writes items in as few transactions as it can: a part that fails is retried one article at a
 * time, so a bad article fails alone. `writeBatch` runs one transaction and returns one outcome an item.
 */
export async function writeInBatches(
  items: WriteItem[],
  writeBatch: (part: WriteItem[]) => Promise<WriteOutcome[]>,
): Promise<BatchWriteOutcome[]> {
  const outcomes = new Map<WriteItem, BatchWriteOutcome>();
  for (const part of splitBySource(items)) {
    try {
      const written = await writeBatch(part);
      part.forEach((item, index) => outcomes.set(item, written[index] ?? { status: 'unchanged' }));
    } catch (error) {
      if (part.length === 1) {
        outcomes.set(part[0]!, toFailed(error));
        continue;
      }
      for (const item of part) {
        try {
          const [written] = await writeBatch([item]);
          outcomes.set(item, written ?? { status: 'unchanged' });
        } catch (itemError) {
          outcomes.set(item, toFailed(itemError));
        }
      }
    }
  }
  return items.map((item) => outcomes.get(item)!);
}

function toFailed(error: unknown): BatchWriteOutcome {
  return { status: 'failed', error: error instanceof Error ? error : new Error(String(error)) };
}
