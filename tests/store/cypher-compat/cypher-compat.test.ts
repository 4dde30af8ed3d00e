import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
      `${count('refused')} refused with a helpful error, ${count('wrong')} wrong, ${count('failed')} failed`,
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

  it('passes at least 90% of the queries and never answers wrongly', () => {
    const results = [...outcomes.values()];
    expect(results.filter((outcome) => outcome === 'wrong')).toEqual([]);
    expect(results.filter((outcome) => outcome === 'pass').length / CASES.length).toBeGreaterThanOrEqual(0.9);
  });
});
