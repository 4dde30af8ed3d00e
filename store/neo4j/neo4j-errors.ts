import neo4j from 'neo4j-driver';
import { AppError, CypherQueryError, StoreUnavailableError } from '../../model/errors.ts';

/** Where the store connects, for messages that say what to check. */
export interface Neo4jTarget {
  uri: string;
  user: string;
  database: string;
}

const UNAVAILABLE_CODES = new Set([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** The error for a failed start (connection check or schema set-up): always a StoreUnavailableError that says what to do. */
export function toConnectError(error: unknown, target: Neo4jTarget): StoreUnavailableError {
  if (error instanceof StoreUnavailableError) return error;
  const code = codeOf(error);
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new StoreUnavailableError(
      `Neo4j at ${target.uri} refused user "${target.user}" (${reasonOf(error)}). ` +
        'Check NEO4J_USER and NEO4J_PASSWORD; with docker compose the password is the NEO4J_PASSWORD the neo4j service started with.',
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new StoreUnavailableError(
      `Neo4j at ${target.uri} has no database "${target.database}". Set NEO4J_DATABASE to an existing one ` +
        '(Neo4j Community has only "neo4j").',
    );
  }
  if (code.startsWith('Neo.')) {
    return new StoreUnavailableError(
      `Neo4j at ${target.uri} answered but would not set up the graph's constraints and indexes (${reasonOf(error)}). ` +
        `Check that NEO4J_USER "${target.user}" may change the schema of database "${target.database}".`,
    );
  }
  return toUnavailableError(error, target);
}

/** Errors of the app's own queries: unavailability becomes a 503 with what to do; anything else is a bug and passes. */
export function toStoreError(error: unknown, target: Neo4jTarget): unknown {
  return UNAVAILABLE_CODES.has(codeOf(error)) ? toUnavailableError(error, target) : error;
}

/** Errors of a user's query: the server's own message as a 400 with a stable code, never a stack. */
export function toQueryError(error: unknown, target: Neo4jTarget): unknown {
  if (error instanceof AppError || !(error instanceof neo4j.Neo4jError)) return error;
  const code = codeOf(error);
  if (UNAVAILABLE_CODES.has(code)) return toUnavailableError(error, target);
  if (/TimedOut/.test(code)) {
    return new CypherQueryError('The query ran past the time limit and was stopped. Narrow it or add a LIMIT.', 'CYPHER_TIMEOUT');
  }
  if (/MemoryPoolOutOfMemoryError|TransactionOutOfMemoryError/.test(code)) {
    return new CypherQueryError(
      'The query needs more memory than the server allows a transaction. Narrow it, add a LIMIT, or aggregate earlier.',
      'CYPHER_TOO_LARGE',
    );
  }
  // 42N02 is the GQL status for a write in a read transaction; older servers send only the code
  if (code === 'Neo.ClientError.Statement.AccessMode' || error.gqlStatus === '42N02') {
    return new CypherQueryError('The Cypher endpoint is read-only: this query would write.', 'CYPHER_WRITE_REFUSED');
  }
  if (code.startsWith('Neo.ClientError.')) return new CypherQueryError(error.message.trim());
  return error;
}

function toUnavailableError(error: unknown, target: Neo4jTarget): StoreUnavailableError {
  return new StoreUnavailableError(
    `Cannot reach Neo4j at ${target.uri} (${reasonOf(error)}). Is Neo4j running there? ` +
      'Start it with "docker compose up neo4j", or check NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD.',
  );
}

function codeOf(error: unknown): string {
  return error instanceof neo4j.Neo4jError ? error.code : '';
}

/**
 * A one-line reason: the driver's connection message is a paragraph whose "Caused by:" names the
 * socket error, and its routing message ends in a dump of the routing table.
 */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (message.startsWith('Unknown scheme')) return `${message}; NEO4J_URI must start with bolt:// or neo4j://`;
  const cause = /Caused by: (.+)$/s.exec(message)?.[1] ?? message.split(/\n| Known routing table/)[0] ?? '';
  return cause.trim() || 'no reason given';
}
