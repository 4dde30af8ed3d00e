import { createServer } from 'node:net';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { createNeo4jGraphStore, type Neo4jStoreOptions } from '../../../store/neo4j/graph-store-neo4j.ts';
import { budgetArticle, floodArticle } from '../../fixtures/extractions.fixtures.ts';
import { describeGraphStoreContract } from '../graph-store.contract.ts';

const HOW_TO_RUN =
  'set NEO4J_URI to run it: "docker compose up neo4j", then NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=… npm test ' +
  '(the suite empties that database)';

/** The documents the contract suite writes; any other document means the database holds real data. */
const FIXTURE_DOCUMENT_IDS = [floodArticle.document.id, budgetArticle.document.id, 'c'.repeat(64)];

/** Empties the database for a fresh store, after checking it holds nothing but what earlier runs wrote. */
async function clearDatabase(options: Neo4jStoreOptions): Promise<void> {
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password));
  const session = driver.session({ database: options.database });
  try {
    const result = await session.run('MATCH (d:Document) WHERE NOT d.id IN $ids RETURN count(d) AS count', {
      ids: FIXTURE_DOCUMENT_IDS,
    });
    const others = neo4j.integer.toNumber(result.records[0]?.get('count') ?? 0);
    if (others > 0) {
      throw new Error(
        `Neo4j at ${options.uri} holds ${others} document(s) the tests did not write; the contract suite empties the ` +
          'database it runs against, so point NEO4J_URI at a scratch instance.',
      );
    }
    await session.run('MATCH (n) DETACH DELETE n');
  } finally {
    await session.close();
    await driver.close();
  }
}

const uri = process.env.NEO4J_URI;
if (uri) {
  const options: Neo4jStoreOptions = {
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? 'newsgraph-password',
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
  };
  describeGraphStoreContract(`neo4j at ${uri}`, async () => {
    await clearDatabase(options);
    return createNeo4jGraphStore(options);
  });
} else {
  describe.skip(`GraphStore contract: neo4j (${HOW_TO_RUN})`, () => {
    it('runs the contract suite against Neo4j', () => undefined);
  });
}

/** A local port nothing listens on: bound, then released. */
async function findClosedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 1;
}

describe('createNeo4jGraphStore without a server', () => {
  it('refuses to start with STORE_UNAVAILABLE saying what to check when nothing listens at the uri', async () => {
    const closed = `bolt://127.0.0.1:${await findClosedPort()}`;
    const opening = createNeo4jGraphStore({ uri: closed, user: 'neo4j', password: 'x', database: 'neo4j' });
    await expect(opening).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      status: 503,
      message: expect.stringMatching(new RegExp(`${closed}.*ECONNREFUSED.*docker compose up neo4j.*NEO4J_URI`)),
    });
  });

  it('names the schemes it accepts when NEO4J_URI is not a bolt or neo4j address', async () => {
    const opening = createNeo4jGraphStore({ uri: 'http://localhost:7474', user: 'neo4j', password: 'x', database: 'neo4j' });
    await expect(opening).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE', message: expect.stringContaining('bolt:// or neo4j://') });
  });
});
