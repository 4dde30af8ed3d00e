import { ENTITY_TYPES } from '../model/graph-model.ts';
import { type Entity, type Extraction } from '../model/extraction.ts';
import { decodeAliasLookup, decodeExistingAliases, toAliasLookupQuery, toExistingAliasesQuery } from './cypher/write-queries.ts';
import type { RunRead } from './graph-reads.ts';
import { findAbsorption, findCorpusMatches, isSurnameAlone, remapEntityIds, toLookupProbes, type KnownEntity } from './resolve-across-documents.ts';

/** A node the graph holds that resolution found to be another one, with why, so the merge can be explained and undone. */
export interface Absorption {
  from: string;
  into: string;
  note: string;
}

/**
 * Joins each article's new entities to the ones the graph, or an earlier article of the batch,
 * already holds under another id ("Corvin" → Jonah Corvin), through the store's alias index, never
 * joining a pair in `keptApart`. A surname node already written that now joins a full name the archive
 * leaves no doubt about (`findAbsorption`) is an absorption: the caller merges the stored node, which
 * keeps its older mentions, into the person.
 */
export async function resolveBatchAgainstStore<Item extends { extraction: Extraction }>(
  items: Item[],
  run: RunRead,
  keptApart: ReadonlySet<string> = new Set(),
): Promise<{ items: Item[]; absorptions: Absorption[] }> {
  const entities = items.flatMap((item) => item.extraction.entities);
  const storedIds = await readStoredIds(entities, run);
  // A surname stored alone may join a full name the graph has learnt since, so it is looked up too.
  const known = await lookupCandidates(entities.filter((entity) => !storedIds.has(entity.id) || isSurnameAlone(entity)), run);
  const resolved: Item[] = [];
  const absorptions = new Map<string, Absorption>();
  for (const item of items) {
    const mapping = findCorpusMatches(item.extraction.entities, known, storedIds, keptApart);
    for (const entity of item.extraction.entities) {
      if (!mapping.has(entity.id) || !storedIds.has(entity.id) || absorptions.has(entity.id)) continue;
      // the node as stored, with every article's names and mentions, is what would be merged
      const stored = known.find((candidate) => candidate.id === entity.id) ?? toKnown(entity);
      const absorption = findAbsorption(stored, known);
      if (absorption && absorption.into === mapping.get(entity.id)) absorptions.set(entity.id, { from: entity.id, ...absorption });
    }
    const extraction = remapEntityIds(item.extraction, mapping);
    resolved.push({ ...item, extraction });
    // later articles of the batch may join these entities as if they were stored
    for (const entity of extraction.entities) {
      storedIds.add(entity.id);
      known.push(toKnown(entity));
    }
  }
  return { items: resolved, absorptions: [...absorptions.values()] };
}

function toKnown(entity: Entity): KnownEntity {
  return { id: entity.id, type: entity.type, name: entity.name, aliases: entity.aliases, mentions: entity.mentions.length };
}

async function readStoredIds(entities: Entity[], run: RunRead): Promise<Set<string>> {
  const stored = new Set<string>();
  for (const label of ENTITY_TYPES) {
    const ids = [...new Set(entities.filter((entity) => entity.type === label).map((entity) => entity.id))];
    if (ids.length === 0) continue;
    for (const row of decodeExistingAliases(await run(toExistingAliasesQuery(label), { ids }))) stored.add(row.id);
  }
  return stored;
}

async function lookupCandidates(entities: Entity[], run: RunRead): Promise<KnownEntity[]> {
  const known: KnownEntity[] = [];
  for (const label of ENTITY_TYPES) {
    if (label === 'Event') continue;
    const probes = entities.filter((entity) => entity.type === label).map(toLookupProbes);
    // Whole names and surnames first: a batch's prefixes ("mar", "cor") can match thousands, and must
    // never crowd out the exact candidates under a row limit.
    for (const [kind, found] of [['whole', probes.flatMap((p) => p.whole)], ['prefix', probes.flatMap((p) => p.prefixes)]] as const) {
      const unique = [...new Set(found)].filter(Boolean);
      if (unique.length === 0) continue;
      for (const row of decodeAliasLookup(await run(toAliasLookupQuery(label, kind), { probes: unique }))) {
        known.push({ id: row.id, type: label, name: row.name, aliases: row.aliases ?? [], mentions: row.mentions ?? 0 });
      }
    }
  }
  return known;
}
