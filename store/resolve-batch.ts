import { ENTITY_TYPES } from '../model/graph-model.ts';
import { type Entity, type Extraction } from '../model/extraction.ts';
import { decodeAliasLookup, decodeExistingAliases, toAliasLookupQuery, toExistingAliasesQuery } from './cypher/write-queries.ts';
import type { RunRead } from './graph-reads.ts';
import { findCorpusMatches, remapEntityIds, toLookupProbes, type KnownEntity } from './resolve-across-documents.ts';

/**
 * Joins each article's new entities to the ones the graph, or an earlier article of the batch,
 * already holds under another id ("Corvin" → Jonah Corvin), through the store's alias index.
 */
export async function resolveBatchAgainstStore<Item extends { extraction: Extraction }>(items: Item[], run: RunRead): Promise<Item[]> {
  const entities = items.flatMap((item) => item.extraction.entities);
  const storedIds = await readStoredIds(entities, run);
  // A surname stored alone may join a full name the graph has learnt since, so it is looked up too.
  const known = await lookupCandidates(
    entities.filter((entity) => !storedIds.has(entity.id) || (entity.type === 'Person' && !entity.name.includes(' '))),
    run,
  );
  const resolved: Item[] = [];
  for (const item of items) {
    const mapping = findCorpusMatches(item.extraction.entities, known, storedIds);
    const extraction = remapEntityIds(item.extraction, mapping);
    resolved.push({ ...item, extraction });
    // later articles of the batch may join these entities as if they were stored
    for (const entity of extraction.entities) {
      storedIds.add(entity.id);
      known.push({ id: entity.id, type: entity.type, name: entity.name, aliases: entity.aliases, mentions: entity.mentions.length });
    }
  }
  return resolved;
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
