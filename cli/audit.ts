import { Command, InvalidArgumentError } from 'commander';
import { ENTITY_TYPES, type EntityType } from '../model/graph-model.ts';
import { createGraphStore } from '../store/create-graph-store.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { loadStoreConfig } from '../store/store-config.ts';
import { findDuplicateCandidates, type AuditedEntity } from './audit/find-duplicate-candidates.ts';

interface AuditOptions {
  top: number;
  examples: number;
}

const toCount = (value: unknown) => (typeof value === 'number' ? value : Number(value ?? 0));

/** The most mentioned entities of every type, most mentioned first. */
async function readTopEntities(store: GraphStore, top: number): Promise<AuditedEntity[]> {
  const all: AuditedEntity[] = [];
  for (const type of ENTITY_TYPES) {
    const { rows } = await store.runReadQuery(
      `MATCH (e:${type}) RETURN e.id AS id, e.name AS name, e.aliases AS aliases, e.mentions AS mentions ORDER BY mentions DESC LIMIT $top`,
      { params: { top }, rowLimit: top },
    );
    for (const row of rows) {
      all.push({ id: String(row.id), type, name: String(row.name), aliases: (row.aliases as string[] | null) ?? [], mentions: toCount(row.mentions) });
    }
  }
  return all.sort((a, b) => b.mentions - a.mentions).slice(0, top);
}

/** Quotes whose speaker is a type that cannot speak: places and events. */
async function readJunkSpeakers(store: GraphStore, examples: number): Promise<{ type: EntityType; count: number; examples: string[] }[]> {
  const found = [];
  for (const type of ['Place', 'Event'] as const) {
    const count = await store.runReadQuery(`MATCH (:${type})-[:SAID]->(q:Quote) RETURN count(q) AS n`);
    const some = await store.runReadQuery(
      `MATCH (s:${type})-[:SAID]->(q:Quote) RETURN s.name AS speaker, q.text AS text LIMIT $examples`,
      { params: { examples }, rowLimit: examples },
    );
    found.push({ type, count: toCount(count.rows[0]?.n), examples: some.rows.map((row) => `${String(row.speaker)}: “${String(row.text).slice(0, 80)}”`) });
  }
  return found;
}

async function readDocumentDates(store: GraphStore): Promise<{ documents: number; dated: number }> {
  const { rows } = await store.runReadQuery('MATCH (d:Document) RETURN count(d) AS documents, count(d.date) AS dated');
  return { documents: toCount(rows[0]?.documents), dated: toCount(rows[0]?.dated) };
}

const describeEntity = (e: AuditedEntity) => `${e.name} (${e.type}, ${e.mentions} mentions, ${e.id})`;

/**
 * `npm run audit [-- --top 100]`: what a store's archive gets wrong, for anyone to check on their own
 * archive: duplicate candidates among the most mentioned entities, quotes given to places or events,
 * documents without a date. Reads the store that DATA_DIR / GRAPH_BACKEND name; writes nothing.
 */
async function main(): Promise<void> {
  const positive = (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
    return n;
  };
  const options = new Command()
    .name('audit')
    .option('--top <n>', 'how many of the most mentioned entities to check for duplicates', positive, 100)
    .option('--examples <n>', 'examples to print per problem', positive, 5)
    .parse()
    .opts<AuditOptions>();
  const store = await createGraphStore(loadStoreConfig());
  try {
    const top = await readTopEntities(store, options.top);
    const candidates = findDuplicateCandidates(top);
    console.log(`Duplicate candidates among the ${top.length} most mentioned entities: ${candidates.length}`);
    for (const candidate of candidates) console.log(`  ${candidate.reason}: ${candidate.entities.map(describeEntity).join('  ~  ')}`);
    for (const junk of await readJunkSpeakers(store, options.examples)) {
      console.log(`Quotes spoken by a ${junk.type}: ${junk.count}`);
      for (const example of junk.examples) console.log(`  ${example}`);
    }
    const dates = await readDocumentDates(store);
    console.log(`Documents with a date: ${dates.dated} of ${dates.documents}`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(`audit: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
