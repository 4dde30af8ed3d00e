import { z } from 'zod';
import { labelForEntityId, type EntityType } from '../../model/graph-model.ts';
import { toRowDecoder } from '../cypher/row-decoder.ts';
import type { RunRead } from '../graph-reads.ts';

const decodeEntity = toRowDecoder('correctionEntity', {
  id: z.string(),
  name: z.string().nullable(),
  aliases: z.array(z.string()).nullable(),
  mentions: z.number().nullable(),
  kind: z.string().nullable(),
  eventType: z.string().nullable(),
  date: z.string().nullable(),
});
type EntityRow = ReturnType<typeof decodeEntity>[number];

const ENTITY_READ = 'RETURN e.id AS id, e.name AS name, e.aliases AS aliases, e.mentions AS mentions, e.kind AS kind, e.eventType AS eventType, e.date AS date';

/** The entity with this id, read with the label its prefix names; null if it is not in the graph. */
export async function readEntity(run: RunRead, id: string): Promise<(EntityRow & { label: EntityType }) | null> {
  const label = labelForEntityId(id);
  if (!label) return null;
  const [row] = decodeEntity(await run(`MATCH (e:${label} {id: $id}) ${ENTITY_READ}`, { id }));
  return row ? { ...row, label } : null;
}

const decodeQuote = toRowDecoder('correctionQuote', { id: z.string() });
/** True when the graph holds a quote with this id. */
export async function quoteExists(run: RunRead, id: string): Promise<boolean> {
  return decodeQuote(await run('MATCH (q:Quote {id: $id}) RETURN q.id AS id', { id })).length > 0;
}

/** Every name once, in order, without empty ones. */
export function unionNames(...lists: (readonly (string | null)[])[]): string[] {
  return [...new Set(lists.flat().filter((name): name is string => typeof name === 'string' && name !== ''))];
}

