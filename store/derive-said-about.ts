import { z } from 'zod';
import { ENTITY_TYPES, type EntityType } from '../model/graph-model.ts';
import { toRowDecoder } from './cypher/row-decoder.ts';
import type { RunRead } from './graph-reads.ts';

const decodeCounts = toRowDecoder('saidAboutCounts', { speaker: z.string(), subject: z.string(), count: z.number(), direct: z.number(), indirect: z.number() });

/** One speaker-to-subject count: how many quotes, of each kind. */
interface SaidAboutCount {
  speaker: string;
  subject: string;
  speakerLabel: EntityType;
  subjectLabel: EntityType;
  count: number;
  direct: number;
  indirect: number;
}

/** What `repairSaidAbout` changed: edges written afresh, counts corrected, edges no quote backs. */
export interface SaidAboutRepair {
  added: number;
  recounted: number;
  removed: number;
}

function pairsOfLabels(): [EntityType, EntityType][] {
  return ENTITY_TYPES.flatMap((speaker) => ENTITY_TYPES.map((subject): [EntityType, EntityType] => [speaker, subject]));
}

async function readStored(run: RunRead, speaker: EntityType, subject: EntityType): Promise<SaidAboutCount[]> {
  const rows = await run(
    `MATCH (s:${speaker})-[r:SAID_ABOUT]->(a:${subject}) ` +
      'RETURN s.id AS speaker, a.id AS subject, coalesce(r.count, 0) AS count, coalesce(r.direct, 0) AS direct, coalesce(r.indirect, 0) AS indirect',
    {},
  );
  return decodeCounts(rows).map((row) => ({ ...row, speakerLabel: speaker, subjectLabel: subject }));
}

/** The counts the quotes give, as writing the articles made them: one a quote for each subject other than its speaker. */
async function readDerived(run: RunRead, speaker: EntityType, subject: EntityType): Promise<SaidAboutCount[]> {
  // both aggregates DISTINCT: after a grouping key, a DISTINCT aggregate followed by a plain one reads 0 on kuzu 0.11
  const rows = await run(
    `MATCH (s:${speaker})-[:SAID]->(q:Quote)-[:ABOUT]->(a:${subject}) WHERE a.id <> s.id ` +
      "WITH s.id AS speaker, a.id AS subject, count(DISTINCT q.id) AS count, count(DISTINCT CASE WHEN q.kind = 'indirect' THEN q.id END) AS indirect " +
      'RETURN speaker, subject, count, count - indirect AS direct, indirect',
    {},
  );
  return decodeCounts(rows).map((row) => ({ ...row, speakerLabel: speaker, subjectLabel: subject }));
}

/**
 * Makes every speaker-to-subject edge (SAID_ABOUT) agree with the quotes it summarises, changing only
 * the edges that disagree: a missing one is written, a wrong count set, one no quote backs removed.
 * Runs inside the caller's transaction; on a sound store it reads and writes nothing.
 */
export async function repairSaidAbout(run: RunRead): Promise<SaidAboutRepair> {
  const repair: SaidAboutRepair = { added: 0, recounted: 0, removed: 0 };
  for (const [speaker, subject] of pairsOfLabels()) {
    const stored = new Map<string, SaidAboutCount & { edges: number }>();
    for (const each of await readStored(run, speaker, subject)) {
      const key = `${each.speaker}\u0000${each.subject}`;
      stored.set(key, { ...each, edges: (stored.get(key)?.edges ?? 0) + 1 });
    }
    const pair = `(s:${speaker} {id: $s})-[r:SAID_ABOUT]->(a:${subject} {id: $a})`;
    for (const derived of await readDerived(run, speaker, subject)) {
      const key = `${derived.speaker}\u0000${derived.subject}`;
      const found = stored.get(key);
      stored.delete(key);
      const ids = { s: derived.speaker, a: derived.subject };
      const params = { ...ids, count: derived.count, direct: derived.direct, indirect: derived.indirect };
      // two edges for one pair, which writes never make: both go, one is written afresh
      if (found && found.edges > 1) await run(`MATCH ${pair} DELETE r`, ids);
      if (!found || found.edges > 1) {
        await run(`MATCH (s:${speaker} {id: $s}), (a:${subject} {id: $a}) CREATE (s)-[:SAID_ABOUT {count: $count, direct: $direct, indirect: $indirect}]->(a)`, params);
        repair.added++;
      } else if (found.count !== derived.count || found.direct !== derived.direct || found.indirect !== derived.indirect) {
        await run(`MATCH ${pair} SET r.count = $count, r.direct = $direct, r.indirect = $indirect`, params);
        repair.recounted++;
      }
    }
    for (const orphan of stored.values()) {
      await run(`MATCH ${pair} DELETE r`, { s: orphan.speaker, a: orphan.subject });
      repair.removed++;
    }
  }
  return repair;
}
