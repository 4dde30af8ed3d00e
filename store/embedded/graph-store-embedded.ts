import { mkdirSync } from 'node:fs';
import kuzu from 'kuzu';
import { StoreUnavailableError } from '../../model/errors.ts';
import { toCheckResult } from '../cypher/assert-read-only.ts';
import { assertSafeQuery } from '../cypher/assert-safe-query.ts';
import { toEmbeddedQuery } from '../cypher/neo4j-to-embedded/to-embedded-cypher.ts';
import { toNeo4jDate, toNeo4jText } from './neo4j-column-values.ts';
import { toMapStarValue } from '../cypher/neo4j-to-embedded/map-star.ts';
import { findVisualizationColumns, toSchemaVisualization, usesSchemaFacts } from '../cypher/neo4j-to-embedded/schema-visualization.ts';
import { readSchemaFacts } from './schema-facts-queries.ts';
import { createReadQueries, type CypherDialect } from '../cypher/read-queries.ts';
import { planWrites, type WriteItem } from '../plan-writes.ts';
import { SHOW_TABLES, decodeNodeAtOffset, decodeShowTables, decodeTableColumns, toNodeAtOffsetQuery, toTableColumnsQuery } from './catalog-queries.ts';
import { ConnectionPool } from './connection-pool.ts';
import { toEngineQueryError } from './engine-errors.ts';
import { KuzuGraphCollector, toPlainValue } from './kuzu-values.ts';
import { toEmbeddedSchema, toMissingColumns } from './schema.ts';
import { NODE_TABLES, REL_TABLES } from '../../model/graph-model.ts';
import { BACKFILL_QUOTE_DOCUMENTS, BACKFILL_QUOTE_KINDS, BACKFILL_SAID_ABOUT_KINDS } from '../cypher/write-queries.ts';
import type { Row, RunRead } from '../graph-reads.ts';
import { SharedGraphStore } from '../shared-graph-store.ts';
import { repairSaidAbout, type SaidAboutRepair } from '../derive-said-about.ts';
import { hasUnreplayedLog } from './unclean-shutdown.ts';
import type { GraphStore, QueryResult, ReadQueryOptions, WriteOutcome } from '../graph-store.ts';

export const EMBEDDED_DIALECT: CypherDialect = {
  nodeLabel: (v) => `label(${v})`,
  relType: (v) => `label(${v})`,
  anyLabel: (labels) => labels.join(':'),
};

export interface EmbeddedStoreOptions {
  /** A folder for the database, or ":memory:". */
  path: string;
  defaultTimeoutMs?: number;
  defaultRowLimit?: number;
  /** Memory the engine may cache pages in; its own default is most of the machine's memory. */
  bufferPoolBytes?: number;
  /** Read connections: reads run in parallel up to this many. */
  readConnections?: number;
  /** Write-ahead log size that triggers a checkpoint. */
  checkpointThresholdBytes?: number;
  /** Told what opening a store that was not closed cleanly repaired; by default a warning when anything was. */
  onRecovered?: (repair: SaidAboutRepair) => void;
}

/** Write-ahead log size that triggers a checkpoint: the engine's 16 MB default checkpoints every few batches. */
const CHECKPOINT_THRESHOLD_BYTES = 256 * 1024 * 1024;
const DEFAULT_BUFFER_POOL_BYTES = 1024 * 1024 * 1024;
const DEFAULT_READ_CONNECTIONS = 4;
/** Engine worker threads a user's Cypher query may use: the server queues them to fewer at once than there are workers. */
const USER_QUERY_THREADS = 1;

/** Opens the embedded store; throws StoreUnavailableError when another process holds the folder. */
export async function createEmbeddedGraphStore(options: EmbeddedStoreOptions): Promise<GraphStore> {
  const { path } = options;
  if (path !== ':memory:') mkdirSync(path, { recursive: true });
  const file = path === ':memory:' ? ':memory:' : `${path}/graph.kuzu`;
  const killed = file !== ':memory:' && hasUnreplayedLog(file);
  const database = new kuzu.Database(
    file,
    options.bufferPoolBytes ?? DEFAULT_BUFFER_POOL_BYTES,
    true,
    false,
    0,
    true,
    options.checkpointThresholdBytes ?? CHECKPOINT_THRESHOLD_BYTES,
  );
  try {
    await database.init();
  } catch (error) {
    throw toOpenError(error, path);
  }
  const store = new EmbeddedGraphStore(database, options);
  await store.init();
  if (killed) (options.onRecovered ?? warnRecovered(path))(await store.repairDerivedEdges());
  return store;
}

function warnRecovered(path: string) {
  return (repair: SaidAboutRepair): void => {
    const changed = repair.added + repair.recounted + repair.removed;
    if (changed === 0) return;
    console.warn(
      `The embedded graph store in "${path}" was not closed cleanly: ${changed} speaker-to-subject counts that its ` +
        `write-ahead log replay left wrong were derived again from their quotes (${repair.added} written, ${repair.recounted} recounted, ${repair.removed} removed).`,
    );
  };
}

function toOpenError(error: unknown, path: string): StoreUnavailableError {
  const message = error instanceof Error ? error.message : String(error);
  if (/lock/i.test(message)) {
    return new StoreUnavailableError(
      `The embedded graph store in "${path}" is open in another process (the server started by "npm start", ` +
        'or another ingest). Stop that process first, send articles to the running server with POST /api/ingest, ' +
        'or point DATA_DIR at another folder.',
      'STORE_LOCKED',
    );
  }
  return new StoreUnavailableError(`The embedded graph store in "${path}" could not be opened: ${message}`);
}

class EmbeddedGraphStore extends SharedGraphStore implements GraphStore {
  readonly backend = 'embedded' as const;
  private readonly writer: kuzu.Connection;
  private readonly readers: ConnectionPool;
  /** The writer's prepared statements by query: the write queries come from the model's fixed lists, so there are few. */
  private readonly writeStatements = new Map<string, kuzu.PreparedStatement>();
  private tableNames: Map<number, string> | null = null;

  constructor(
    private readonly database: kuzu.Database,
    private readonly options: EmbeddedStoreOptions,
  ) {
    super(createReadQueries(EMBEDDED_DIALECT));
    this.writer = new kuzu.Connection(database);
    this.readers = new ConnectionPool(database, options.readConnections ?? DEFAULT_READ_CONNECTIONS);
  }

  protected runRead(query: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    // The app's reads repeat with new parameters: preparing each once per connection saves a millisecond or more a query.
    return this.readers.use(async ({ connection, prepared }) => this.rowsOf(await executePrepared(connection, prepared, query, params)));
  }

  async init(): Promise<void> {
    for (const statement of toEmbeddedSchema()) await this.run(statement);
    await this.addMissingColumns();
  }

  /** A store written by an earlier version gets the columns the model has added since, filled where they can be. */
  private async addMissingColumns(): Promise<void> {
    let added = false;
    for (const table of NODE_TABLES) {
      const stored = decodeTableColumns(await this.run(toTableColumnsQuery(table.label))).map((row) => row.name);
      for (const statement of toMissingColumns(table, stored)) {
        await this.run(statement);
        added = true;
      }
    }
    if (added) {
      await this.run(BACKFILL_QUOTE_DOCUMENTS, {});
      await this.run(BACKFILL_QUOTE_KINDS, {});
    }
    // Relationship columns added since (a relation's rule and confidence) stay null on old edges; the
    // speaker-to-subject counts of each kind are counted from the quotes.
    let countsAdded = false;
    for (const table of REL_TABLES) {
      const stored = decodeTableColumns(await this.run(toTableColumnsQuery(table.type))).map((row) => row.name);
      for (const statement of toMissingColumns(table, stored)) {
        await this.run(statement);
        if (table.type === 'SAID_ABOUT') countsAdded = true;
      }
    }
    if (countsAdded) await this.run(BACKFILL_SAID_ABOUT_KINDS, {});
  }

  /**
   * Derives the speaker-to-subject edges again from the quotes where they disagree, in one transaction.
   * Run on opening a store whose process was killed: kuzu 0.11.3, replaying its write-ahead log, has
   * dropped such an edge that the replayed transaction never touched (docs/engine-crashes.md).
   */
  async repairDerivedEdges(): Promise<SaidAboutRepair> {
    return this.inWriteTransaction((run) => repairSaidAbout(run));
  }

  protected async writeBatch(items: WriteItem[]): Promise<WriteOutcome[]> {
    const run: RunRead = (query, params) => this.run(query, params ?? {});
    return this.inTransaction(async () => {
      const plan = await planWrites(items, run);
      for (const statement of plan.statements) await run(statement.query, statement.params);
      return plan.outcomes;
    });
  }

  protected inWriteTransaction<T>(work: (run: RunRead) => Promise<T>): Promise<T> {
    return this.inTransaction(() => work((query, params) => this.run(query, params ?? {})));
  }

  private async inTransaction<T>(work: () => Promise<T>): Promise<T> {
    await this.run('BEGIN TRANSACTION');
    try {
      const result = await work();
      await this.run('COMMIT');
      return result;
    } catch (error) {
      // A failed statement has already rolled the transaction back; ROLLBACK then has nothing to do.
      await this.run('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  async hasDocument(documentId: string): Promise<boolean> {
    const rows = await this.runRead('MATCH (d:Document {id: $id}) RETURN d.id AS id', { id: documentId });
    return rows.length > 0;
  }


  checkReadQuery(query: string) {
    return toCheckResult(() => toEmbeddedQuery(assertSafeQuery(query).statement));
  }

  async runReadQuery(query: string, options: ReadQueryOptions = {}): Promise<QueryResult> {
    // Users write Neo4j's Cypher: the same parse checks it reads only and stays in bounds, then it is said in Kuzu's words.
    const { statement, params } = assertSafeQuery(query, options.params ?? {});
    // Neo4j's schema procedures are answered from the model, their rows from what the tables hold.
    const facts = usesSchemaFacts(statement) ? await readSchemaFacts((read, values) => this.runRead(read, values ?? {})) : undefined;
    const embedded = toEmbeddedQuery(statement, params, facts);
    const visualization = facts && findVisualizationColumns(statement);
    if (facts && visualization) return toSchemaVisualization(facts, visualization);
    const rowLimit = options.rowLimit ?? this.options.defaultRowLimit ?? 5000;
    // A connection of its own, off the read pool, and one of the engine's worker threads (one per core):
    // with fewer users' queries at once than cores, a worker is always free for the explorer's reads.
    const connection = new kuzu.Connection(this.database, USER_QUERY_THREADS);
    connection.setQueryTimeout(options.timeoutMs ?? this.options.defaultTimeoutMs ?? 10_000);
    const openResults: kuzu.QueryResult[] = [];
    try {
      // The engine itself refuses any write inside a read-only transaction: a second guard.
      await this.rowsOf(await connection.query('BEGIN TRANSACTION READ ONLY'));
      const results = await this.execute(connection, embedded.query, embedded.params);
      const result = Array.isArray(results) ? results[results.length - 1]! : results;
      openResults.push(...(Array.isArray(results) ? results : [results]));
      const engineColumns = await result.getColumnNames();
      // aggregates the rewrite had to reorder go back where the query wrote them
      const sameColumns = [...embedded.columnOrder].sort().join('\u0000') === [...engineColumns].sort().join('\u0000');
      const columns = sameColumns ? embedded.columnOrder : engineColumns;
      const collector = new KuzuGraphCollector();
      const rows: Record<string, unknown>[] = [];
      let truncated = false;
      while (result.hasNext()) {
        const raw = result.getNextSync();
        if (!raw) break;
        if (rows.length === rowLimit) {
          truncated = true;
          break;
        }
        rows.push(Object.fromEntries(columns.map((column) => [column, collector.convert(raw[column])])));
      }
      await collector.finish(rows, (id) => this.resolveInternalId(connection, id));
      const types = new Map(engineColumns.map((column, i) => [column, result.getColumnDataTypesSync()[i] ?? '']));
      for (const row of rows) {
        for (const [column, type] of types) {
          if (type === 'DATE') row[column] = toNeo4jDate(row[column]);
        }
        for (const column of embedded.textColumns) row[column] = toNeo4jText(row[column], types.get(column) ?? '');
        for (const column of embedded.mapStarColumns) row[column] = toMapStarValue(row[column]);
        for (const column of embedded.propertiesColumns) {
          const value = row[column];
          // `properties(x)` ran as `x`: keep the properties of the node or relationship, as Neo4j answers.
          if (typeof value === 'object' && value !== null && 'properties' in value) row[column] = value.properties;
        }
      }
      return { columns, rows, graph: { nodes: [...collector.nodes.values()], edges: [...collector.edges.values()] }, truncated };
    } catch (error) {
      throw toEngineQueryError(error);
    } finally {
      for (const result of openResults) result.close();
      await connection.query('ROLLBACK').then((result) => this.rowsOf(result)).catch(() => undefined);
      await connection.close().catch(() => undefined);
    }
  }

  private async resolveInternalId(connection: kuzu.Connection, id: { table: number; offset: number }) {
    this.tableNames ??= new Map(
      decodeShowTables(await this.rowsOf(await connection.query(SHOW_TABLES))).map((row) => [row.id, row.name]),
    );
    const table = this.tableNames.get(id.table);
    if (!table) return null;
    const result = await this.execute(connection, toNodeAtOffsetQuery(table), { offset: id.offset });
    const [row] = decodeNodeAtOffset(await this.rowsOf(result));
    return row ? row.id : null;
  }

  async close(): Promise<void> {
    await this.writesSettled();
    await this.writer.close();
    await this.readers.close();
    await this.database.close();
  }

  private async execute(connection: kuzu.Connection, query: string, params: Record<string, unknown>) {
    const prepared = await connection.prepare(query);
    // the engine's own words: runReadQuery says them in ours
    if (!prepared.isSuccess()) throw new Error(prepared.getErrorMessage());
    return connection.execute(prepared, params as Record<string, kuzu.KuzuValue>);
  }

  /**
   * Reads every row and frees the results: a result left open when the database closes crashes the process.
   * The rows are read synchronously: the query has run by then, and the binding's async read hops to a
   * worker thread and back for every row, ~25 µs each against ~6 (a 2,000-row read: 63 ms against 13).
   */
  private async rowsOf(result: kuzu.QueryResult | kuzu.QueryResult[]): Promise<Row[]> {
    const results = Array.isArray(result) ? result : [result];
    try {
      return results[results.length - 1]!.getAllSync().map((row) => toPlainValue(row) as Row);
    } finally {
      for (const each of results) each.close();
    }
  }

  /** Runs a statement on the writer connection. */
  private async run(query: string, params?: Record<string, unknown>): Promise<Row[]> {
    if (!params) return this.rowsOf(await this.writer.query(query));
    // Each write statement is prepared once, as reads are: preparing each batch's statements afresh held
    // ~770 MB more at 10,000 articles. Executing binds the statement again to the new rows' types.
    return this.rowsOf(await executePrepared(this.writer, this.writeStatements, query, params));
  }
}

/**
 * Runs a query with the statement `prepared` holds for it on this connection, preparing it the first time.
 * The engine keeps every statement a connection prepares until the connection closes, with the
 * parameters it last ran with: a connection should prepare each query once.
 */
async function executePrepared(
  connection: kuzu.Connection,
  prepared: Map<string, kuzu.PreparedStatement>,
  query: string,
  params: Record<string, unknown>,
): Promise<kuzu.QueryResult | kuzu.QueryResult[]> {
  let statement = prepared.get(query);
  if (!statement) {
    statement = await connection.prepare(query);
    // the app's own queries: a failure is a bug, logged with the engine's words, answered as a 500 without them
    if (!statement.isSuccess()) throw new Error(`The store could not prepare one of its own queries: ${statement.getErrorMessage()}`);
    prepared.set(query, statement);
  }
  return connection.execute(statement, params as Record<string, kuzu.KuzuValue>);
}
