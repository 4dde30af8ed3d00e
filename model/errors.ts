/** An error with a stable code, a message that says what to do, and the HTTP status it maps to. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number = 500,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Input that fails its schema: 400, naming the field. */
export class ValidationError extends AppError {
  constructor(message: string, code = 'INVALID_INPUT') {
    super(code, message, 400);
  }
}

/** An article that cannot be ingested as it was sent: no text, or not text at all. Reported in its outcome, the batch goes on. */
export class ArticleInputError extends AppError {
  constructor(code: 'INGEST_EMPTY_TEXT' | 'INGEST_NOT_TEXT', message: string) {
    super(code, message, 400);
  }
}

/** An id that names nothing in the graph: 404. */
export class NotFoundError extends AppError {
  constructor(message: string) {
    super('NOT_FOUND', message, 404);
  }
}

/** A Cypher query that would write, change the schema, load files or call procedures: refused. */
export class ReadOnlyViolationError extends AppError {
  constructor(message: string) {
    super('CYPHER_WRITE_REFUSED', message, 400);
  }
}

/** A Cypher query the backend could not run: a syntax error, an unknown label, a time limit. */
export class CypherQueryError extends AppError {
  constructor(message: string, code = 'CYPHER_INVALID') {
    super(code, message, 400);
  }
}

/**
 * A row of one of the app's own queries without a column it names, or with a value of the wrong kind:
 * the query and the code reading it disagree. A fault in the code, not in the input.
 */
export class StoreRowError extends AppError {
  constructor(message: string) {
    super('STORE_ROW_INVALID', message, 500);
  }
}

/** The store cannot be reached or is held by another process: 503 with what to do. */
export class StoreUnavailableError extends AppError {
  constructor(message: string, code = 'STORE_UNAVAILABLE') {
    super(code, message, 503);
  }
}

/** A setting in the environment that cannot be used. */
export class ConfigError extends AppError {
  constructor(message: string) {
    super('CONFIG_INVALID', message, 500);
  }
}

/** The server is at capacity for this kind of work: 503, with the seconds to wait before trying again. */
export class BusyError extends AppError {
  constructor(
    message: string,
    code: string,
    readonly retryAfterSeconds: number,
  ) {
    super(code, message, 503);
  }
}
