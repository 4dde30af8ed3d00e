import { z } from 'zod';
import { MENTIONED_BY_DOCUMENTS, decodeMentionedByDocuments, toDeleteStatements } from './cypher/delete-queries.ts';
import { toRowDecoder } from './cypher/row-decoder.ts';
import type { RunRead } from './graph-reads.ts';

const decodeDocument = toRowDecoder('documentExists', { id: z.string() });

/** True when the graph holds the document; read inside the caller's transaction. */
export async function documentExists(run: RunRead, id: string): Promise<boolean> {
  return decodeDocument(await run('MATCH (d:Document {id: $id}) RETURN d.id AS id', { id })).length > 0;
}

/** Removes documents with their quotes and evidence, and entities no other document mentions. Runs inside the caller's transaction. */
export async function removeDocuments(run: RunRead, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const mentioned = decodeMentionedByDocuments(await run(MENTIONED_BY_DOCUMENTS, { ids: [...ids] })).map((row) => row.id);
  for (const statement of toDeleteStatements([...ids], mentioned)) await run(statement.query, statement.params);
}
