import { z } from 'zod';
import { ENTITY_TYPES, type EntityType } from '../../model/graph-model.ts';
import { toRowDecoder } from '../cypher/row-decoder.ts';
import type { RunRead } from '../graph-reads.ts';

const decodeCounts = toRowDecoder('saidAboutRecount', { speaker: z.string(), subject: z.string(), count: z.number(), indirect: z.number() });
const COUNTS = "RETURN s.id AS speaker, a.id AS subject, count(DISTINCT q) AS count, count(DISTINCT CASE WHEN q.kind = 'indirect' THEN q.id END) AS indirect";

/** An entity and its label: labels come from the model, never from input. */
export interface LabelledEntity {
  id: string;
  label: EntityType;
}

/**
 * Derives the speaker-to-subject counts (SAID_ABOUT) of these entities again from their quotes: once a
 * correction has moved quotes between entities piece by piece, counting afresh is simpler than
 * following each move, and cannot drift.
 */
export async function recountSaidAbout(run: RunRead, entities: readonly LabelledEntity[]): Promise<void> {
  const counts = new Map<string, { speaker: LabelledEntity; subject: LabelledEntity; count: number; indirect: number }>();
  for (const entity of entities) {
    for (const other of ENTITY_TYPES) {
      const params = { id: entity.id };
      await run(`MATCH (s:${entity.label} {id: $id})-[r:SAID_ABOUT]->(a:${other}) DELETE r`, params);
      await run(`MATCH (s:${other})-[r:SAID_ABOUT]->(a:${entity.label} {id: $id}) DELETE r`, params);
      const spoken = `MATCH (s:${entity.label} {id: $id})-[:SAID]->(q:Quote)-[:ABOUT]->(a:${other}) WHERE a.id <> s.id`;
      const heard = `MATCH (s:${other})-[:SAID]->(q:Quote)-[:ABOUT]->(a:${entity.label} {id: $id}) WHERE a.id <> s.id`;
      const rows = [
        ...decodeCounts(await run(`${spoken} ${COUNTS}`, params)).map((row) => ({ ...row, speakerLabel: entity.label, subjectLabel: other })),
        ...decodeCounts(await run(`${heard} ${COUNTS}`, params)).map((row) => ({ ...row, speakerLabel: other, subjectLabel: entity.label })),
      ];
      for (const row of rows) {
        counts.set(`${row.speaker}\u0000${row.subject}`, {
          speaker: { id: row.speaker, label: row.speakerLabel },
          subject: { id: row.subject, label: row.subjectLabel },
          count: row.count,
          indirect: row.indirect,
        });
      }
    }
  }
  for (const { speaker, subject, count, indirect } of counts.values()) {
    const created = '{count: $count, direct: $direct, indirect: $indirect}';
    await run(`MATCH (s:${speaker.label} {id: $s}), (a:${subject.label} {id: $a}) CREATE (s)-[:SAID_ABOUT ${created}]->(a)`, {
      s: speaker.id,
      a: subject.id,
      count,
      direct: count - indirect,
      indirect,
    });
  }
}
