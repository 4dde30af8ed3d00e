import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNeo4jGraphStore } from '../../../store/neo4j/graph-store-neo4j.ts';
import { createEmbeddedGraphStore } from '../../../store/embedded/graph-store-embedded.ts';
import type { GraphStore } from '../../../store/graph-store.ts';
import { matchesRows, type CompatCase } from './compat-case.ts';
import { FUNCTION_CASES } from './functions.cases.ts';
import { metaOf, PORT_ELWIN } from './port-elwin.fixtures.ts';
import { READ_CLAUSE_CASES } from './read-clauses.cases.ts';
import { SCHEMA_CASES } from './schema.cases.ts';
import { EVERYDAY_FUNCTION_CASES } from './everyday-functions.cases.ts';
import { BROWSER_CASES } from './browser.cases.ts';

type Outcome = 'pass' | 'refused' | 'wrong' | 'failed';

const CASES: CompatCase[] = [...READ_CLAUSE_CASES, ...FUNCTION_CASES, ...SCHEMA_CASES, ...EVERYDAY_FUNCTION_CASES, ...BROWSER_CASES];
const outcomes = new Map<string, Outcome>();
let store: GraphStore;

beforeAll(async () => {
  store = await createEmbeddedGraphStore({ path: ':memory:' });
  for (const extraction of PORT_ELWIN) await store.writeExtraction(extraction, metaOf(extraction));
});

afterAll(async () => {
  await store?.close();
  const count = (outcome: Outcome) => [...outcomes.values()].filter((each) => each === outcome).length;
  const passed = count('pass');
  console.log(
    `Cypher compatibility: ${passed}/${CASES.length} pass (${((100 * passed) / CASES.length).toFixed(1)}%), ` +
      `${count('refused')} refused with a helpful error, ${count('wrong')} wrong, ${count('failed')} engine or other errors`,
  );
});

async function runCase(each: CompatCase): Promise<Outcome> {
  try {
    const result = await store.runReadQuery(each.query, { params: each.params });
    if (each.refused) return 'wrong';
    return matchesRows(result.rows, each.rows ?? [], each.ordered ?? false) ? 'pass' : 'wrong';
  } catch (error) {
    const refused = (error as { code?: string }).code === 'CYPHER_UNSUPPORTED';
    return refused && each.refused ? 'refused' : 'failed';
  }
}

describe("Neo4j's Cypher on the embedded store", () => {
  it('holds the Port Elwin fixture as written', async () => {
    expect(await store.counts()).toMatchObject({ documents: 5, quotes: 8, relations: 12 });
  });

  it.each(CASES.map((each) => [each.query, each] as const))('answers %s as Neo4j does, or refuses it clearly', async (_query, each) => {
    const outcome = await runCase(each);
    outcomes.set(each.query, outcome);
    if (outcome === 'wrong' || outcome === 'failed') {
      const actual = await store.runReadQuery(each.query, { params: each.params }).then((result) => result.rows, (error: Error) => error.message);
      expect.soft(actual, `${outcome}: ${each.query}`).toEqual(each.refused ? `refused: ${each.refused}` : each.rows);
    }
    expect(outcome).toBe(each.refused ? 'refused' : 'pass');
  });

  it('passes at least 97% of the queries and never answers wrongly', () => {
    const results = [...outcomes.values()];
    expect(results.filter((outcome) => outcome === 'wrong' || outcome === 'failed')).toEqual([]);
    expect(results.filter((outcome) => outcome === 'pass').length / CASES.length).toBeGreaterThanOrEqual(0.97);
  });

  it("gives in the console's check as you type the verdict running gives", () => {
    const verdicts = CASES.map((each) => ({ query: each.query, code: store.checkReadQuery(each.query)?.code ?? null }));
    expect(verdicts).toEqual(CASES.map((each) => ({ query: each.query, code: each.refused ? 'CYPHER_UNSUPPORTED' : null })));
  });
});

/**
 * The same answers from Neo4j itself, when NEO4J_URI names a scratch instance: the suite writes the
 * fixture there (it must hold nothing else) and checks every case that has rows.
 */
const neo4jUri = process.env.NEO4J_URI;
describe.skipIf(!neo4jUri)(`the same queries on Neo4j at ${neo4jUri ?? '(set NEO4J_URI)'}`, () => {
  let neo4jStore: GraphStore;
  beforeAll(async () => {
    neo4jStore = await createNeo4jGraphStore({
      uri: neo4jUri!,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? 'newsgraph-password',
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
    });
    const { rows } = await neo4jStore.runReadQuery('MATCH (d:Document) RETURN count(d) AS n');
    if (rows[0]?.n !== 0 && rows[0]?.n !== PORT_ELWIN.length) throw new Error(`Neo4j at ${neo4jUri} holds other documents: point NEO4J_URI at a scratch instance.`);
    for (const extraction of PORT_ELWIN) await neo4jStore.writeExtraction(extraction, metaOf(extraction));
  });
  afterAll(async () => neo4jStore?.close());

  it.each(CASES.filter((each) => !each.refused).map((each) => [each.query, each] as const))('answers %s as written down', async (_query, each) => {
    const result = await neo4jStore.runReadQuery(each.query, { params: each.params });
    expect(matchesRows(result.rows, each.rows ?? [], each.ordered ?? false), JSON.stringify(result.rows)).toBe(true);
  });
});
