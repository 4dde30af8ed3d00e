import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { assertValidEnv, storeEnvSchema, toStoreConfig, withoutEmptyValues, type GraphStoreConfig } from '../store/store-config.ts';

const port = z.coerce.number().int().min(0).max(65535);

const envSchema = storeEnvSchema.extend({
  PORT: port.default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  CYPHER_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  CYPHER_ROW_LIMIT: z.coerce.number().int().positive().default(5_000),
  CYPHER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(defaultCypherConcurrency()),
  CYPHER_QUEUE_LIMIT: z.coerce.number().int().min(0).max(10_000).default(16),
  INGEST_TOKEN: z.string().min(16, 'use at least 16 characters').optional(),
  EDIT_TOKEN: z.string().min(16, 'use at least 16 characters').optional(),
  INGEST_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  CORS_ORIGIN: z.string().min(1).optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(120),
});

export interface AppConfig {
  store: GraphStoreConfig;
  port: number;
  host: string;
  cypherTimeoutMs: number;
  cypherRowLimit: number;
  /** Users' Cypher queries that run at once; the others wait their turn. */
  cypherConcurrency: number;
  /** Users' Cypher queries that may wait; one more is refused with 503 CYPHER_BUSY. */
  cypherQueueLimit: number;
  /** Bearer token for POST /api/ingest; the endpoint is off without one. */
  ingestToken?: string;
  /** Bearer token for POST and DELETE /api/corrections; editing is off without one. */
  editToken?: string;
  /** Extraction worker threads of the server's ingest (POST /api/ingest, --ingest). */
  ingestWorkers: number;
  /** The one origin allowed to call the API from a browser; CORS is off without it. */
  corsOrigin?: string;
  /** Requests a minute per client on /api/cypher and /api/ingest. */
  rateLimitPerMinute: number;
}

/** Reads the configuration from environment variables; throws ConfigError naming the bad one. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(withoutEmptyValues(env));
  assertValidEnv(parsed, env);
  const e = parsed.data;
  return {
    store: toStoreConfig(e),
    port: e.PORT,
    host: e.HOST,
    cypherTimeoutMs: e.CYPHER_TIMEOUT_MS,
    cypherRowLimit: e.CYPHER_ROW_LIMIT,
    cypherConcurrency: e.CYPHER_CONCURRENCY,
    cypherQueueLimit: e.CYPHER_QUEUE_LIMIT,
    ingestToken: e.INGEST_TOKEN,
    editToken: e.EDIT_TOKEN,
    ingestWorkers: e.INGEST_WORKERS,
    corsOrigin: e.CORS_ORIGIN,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
  };
}

/**
 * One user query at a time on two cores, two from three: the embedded engine has a worker thread per
 * core and runs each user query on one, so a worker is always left for the explorer and /api/health.
 */
function defaultCypherConcurrency(): number {
  return Math.min(2, Math.max(1, availableParallelism() - 1));
}
