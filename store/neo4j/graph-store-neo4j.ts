import neo4j, { type Driver, type ManagedTransaction, type Session, type SessionMode, type Transaction } from 'neo4j-driver';
import { z } from 'zod';
import { ENTITY_TYPES } from '../../model/graph-model.ts';
import { toCheckResult } from '../cypher/assert-read-only.ts';
import { assertSafeQuery } from '../cypher/assert-safe-query.ts';
import { CORRECTION_TABLE, NODE_TABLES } from '../../model/graph-model.ts';
import { createReadQueries, decodeRows, type CypherDialect } from '../cypher/read-queries.ts';
import { MENTIONED_BY_DOCUMENTS } from '../cypher/delete-queries.ts';
import { toRowDecoder } from '../cypher/row-decoder.ts';
import { BACKFILL_QUOTE_DOCUMENTS, BACKFILL_QUOTE_KINDS, BACKFILL_SAID_ABOUT_KINDS, DOCUMENTS_BY_ID, DOCUMENTS_BY_SOURCE, toAliasLookupQuery, toExistingAliasesQuery } from '../cypher/write-queries.ts';
import type { Row, RunRead } from '../graph-reads.ts';
import { SharedGraphStore } from '../shared-graph-store.ts';
import type { GraphStore, QueryResult, ReadQueryOptions, WriteOutcome } from '../graph-store.ts';
import { planWrites, type WriteItem } from '../plan-writes.ts';
import { toConnectError, toQueryError, toStoreError, type Neo4jTarget } from './neo4j-errors.ts';
import { Neo4jGraphCollector, toNeo4jParams, toPlainRow } from './neo4j-values.ts';

/** Neo4j's spelling of the expressions the shared read queries leave to each dialect. */
export const NEO4J_DIALECT: CypherDialect = {
  nodeLabel: (v) => `labels(${v})[0]`,
  relType: (v) => `type(${v})`,
  anyLabel: (labels) => labels.join('|'),
};

const QUERIES = createReadQueries(NEO4J_DIALECT);
const RESOLVE_ENDS_QUERY = 'MATCH (n) WHERE elementId(n) IN $ids RETURN elementId(n) AS eid, n.id AS id';
// a node another tool wrote may lack our id, or hold another kind of value in it
const decodeResolvedEnds = toRowDecoder('resolveEnds', { eid: z.string(), id: z.unknown() });

/** The adapter's own queries besides the shared reads and writes, by name: listed so a test can parse each. */
export const NEO4J_INTERNAL_QUERIES: Readonly<Record<string, string>> = {
  documentExists: QUERIES.documentExists,
  documentsById: DOCUMENTS_BY_ID,
  documentsBySource: DOCUMENTS_BY_SOURCE,
  backfillQuoteDocuments: BACKFILL_QUOTE_DOCUMENTS,
  backfillQuoteKinds: BACKFILL_QUOTE_KINDS,
  backfillSaidAboutKinds: BACKFILL_SAID_ABOUT_KINDS,
  mentionedByDocuments: MENTIONED_BY_DOCUMENTS,
  resolveEnds: RESOLVE_ENDS_QUERY,
  ...Object.fromEntries(ENTITY_TYPES.map((label) => [`existingAliases(${label})`, toExistingAliasesQuery(label)])),
  ...Object.fromEntries(ENTITY_TYPES.flatMap((label) => [
    [`aliasLookup(${label})`, toAliasLookupQuery(label)],
    [`aliasLookupByPrefix(${label})`, toAliasLookupQuery(label, 'prefix')],
  ])),
};

/** The constraints and indexes `init()` creates: a unique `id` per label, and what search reads. */
export function toNeo4jSchema(): string[] {
  const constraints = [...NODE_TABLES, CORRECTION_TABLE].map(
    ({ label }) => `CREATE CONSTRAINT ${label}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  );
  const indexes = NODE_TABLES.filter((table) => 'searchText' in table.properties).flatMap(({ label }) => [
    `CREATE INDEX ${label}_name IF NOT EXISTS FOR (n:${label}) ON (n.name)`,
    // search matches with CONTAINS, which a text index serves and a range index does not
    `CREATE TEXT INDEX ${label}_searchText IF NOT EXISTS FOR (n:${label}) ON (n.searchText)`,
  ]);
  return [...constraints, ...indexes];
}

export interface Neo4jStoreOptions extends Neo4jTarget {
  password: string;
  defaultTimeoutMs?: number;
  defaultRowLimit?: number;
}

/**
 * Connects to Neo4j, checks it answers and creates the schema; throws StoreUnavailableError saying what to check.
 * @example const store = await createNeo4jGraphStore({ uri: 'bolt://localhost:7687', user: 'neo4j', password, database: 'neo4j' });
 */
export async function createNeo4jGraphStore(options: Neo4jStoreOptions): Promise<GraphStore> {
  let driver: Driver | undefined;
  try {
    driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password));
    await driver.getServerInfo({ database: options.database });
    const store = new Neo4jGraphStore(driver, options);
    await store.init(); // the first use of the database: where a wrong name or missing rights show
    return store;
  } catch (error) {
    await driver?.close();
    throw toConnectError(error, options);
  }
}

class Neo4jGraphStore extends SharedGraphStore implements GraphStore {
  readonly backend = 'neo4j' as const;

  constructor(
    private readonly driver: Driver,
    private readonly options: Neo4jStoreOptions,
  ) {
    super(QUERIES);
  }

  async init(): Promise<void> {
    // one statement per transaction: Neo4j refuses schema changes mixed with anything else
    for (const statement of toNeo4jSchema()) await this.withSession(neo4j.session.WRITE, (session) => session.run(statement));
    // quotes written before the model copied their document's title and date onto them
    await this.withSession(neo4j.session.WRITE, (session) => session.run(BACKFILL_QUOTE_DOCUMENTS));
    // quotes written before reported speech was read: all in quotation marks
    await this.withSession(neo4j.session.WRITE, (session) => session.run(BACKFILL_QUOTE_KINDS));
    // speaker-to-subject counts written before they said how many of each kind
    await this.withSession(neo4j.session.WRITE, (session) => session.run(BACKFILL_SAID_ABOUT_KINDS));
  }

  protected inWriteTransaction<T>(work: (run: RunRead) => Promise<T>): Promise<T> {
    return this.withSession(neo4j.session.WRITE, (session) => session.executeWrite((tx) => work((query, params) => run(tx, query, params ?? {}))));
  }

  /** The checks, the alias reads and the writes share one transaction, so a retry of it re-reads them. */
  protected writeBatch(items: WriteItem[]): Promise<WriteOutcome[]> {
    return this.withSession(neo4j.session.WRITE, (session) =>
      session.executeWrite(async (tx) => {
        const plan = await planWrites(items, (query, params) => run(tx, query, params ?? {}));
        for (const statement of plan.statements) await run(tx, statement.query, statement.params);
        return plan.outcomes;
      }),
    );
  }

  async hasDocument(documentId: string): Promise<boolean> {
    return decodeRows.documentExists(await this.runRead(QUERIES.documentExists, { id: documentId })).length > 0;
  }


  checkReadQuery(query: string) {
    return toCheckResult(() => assertSafeQuery(query));
  }

  async runReadQuery(query: string, options: ReadQueryOptions = {}): Promise<QueryResult> {
    const { params } = assertSafeQuery(query, options.params ?? {});
    const rowLimit = options.rowLimit ?? this.options.defaultRowLimit ?? 5000;
    const timeout = options.timeoutMs ?? this.options.defaultTimeoutMs ?? 10_000;
    // A READ session makes the server itself refuse any write the check above missed.
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    let tx: Transaction | undefined;
    try {
      tx = await session.beginTransaction({ timeout });
      const result = tx.run(query, toNeo4jParams(params));
      const columns = (await result.keys()).map(String);
      const collector = new Neo4jGraphCollector();
      const rows: Record<string, unknown>[] = [];
      let truncated = false;
      for await (const record of result) {
        if (rows.length === rowLimit) {
          truncated = true;
          break; // leaving the loop discards the rest of the stream on the server
        }
        rows.push(Object.fromEntries(columns.map((column) => [column, collector.convert(record.get(column))])));
      }
      const open = tx;
      await collector.finish((ids) => resolveEnds(open, ids));
      return { columns, rows, graph: { nodes: [...collector.nodes.values()], edges: [...collector.edges.values()] }, truncated };
    } catch (error) {
      throw toQueryError(error, this.options);
    } finally {
      await tx?.rollback().catch(() => undefined);
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.writesSettled();
    await this.driver.close();
  }

  protected runRead(query: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.withSession(neo4j.session.READ, (session) => session.executeRead((tx) => run(tx, query, params)));
  }

  /** Runs `work` in a new session, closed whatever happens; unavailability becomes a StoreUnavailableError. */
  private async withSession<T>(mode: SessionMode, work: (session: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode });
    try {
      return await work(session);
    } catch (error) {
      throw toStoreError(error, this.options);
    } finally {
      await session.close();
    }
  }
}

async function run(tx: ManagedTransaction | Transaction, query: string, params: Record<string, unknown>): Promise<Row[]> {
  const result = await tx.run(query, toNeo4jParams(params));
  return result.records.map(toPlainRow);
}

/** Our stable ids for nodes known only by element id; a node without one keeps its element id. */
async function resolveEnds(tx: Transaction, elementIds: string[]): Promise<Map<string, string>> {
  const rows = decodeResolvedEnds(await run(tx, RESOLVE_ENDS_QUERY, { ids: elementIds }));
  return new Map(rows.map((row) => [row.eid, typeof row.id === 'string' ? row.id : row.eid]));
}
