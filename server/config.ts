import { resolve } from 'node:path';
import { z } from 'zod';
import { ConfigError } from './errors.ts';
import { BACKENDS } from './store/graph-store.ts';

const port = z.coerce.number().int().min(0).max(65535);

const envSchema = z.object({
  GRAPH_BACKEND: z.enum(BACKENDS).default('embedded'),
  DATA_DIR: z.string().min(1).default('./data'),
  EMBEDDED_BUFFER_POOL_MB: z.coerce.number().int().min(64).default(1024),
  PORT: port.default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  NEO4J_URI: z.string().min(1).default('bolt://localhost:7687'),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  CYPHER_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  CYPHER_ROW_LIMIT: z.coerce.number().int().positive().default(5_000),
  INGEST_TOKEN: z.string().min(16, 'use at least 16 characters').optional(),
  CORS_ORIGIN: z.string().min(1).optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(120),
});

export type StoreConfig =
  | { backend: 'embedded'; dataDir: string; bufferPoolMb: number }
  | { backend: 'neo4j'; uri: string; user: string; password: string; database: string };

export interface AppConfig {
  store: StoreConfig;
  port: number;
  host: string;
  cypherTimeoutMs: number;
  cypherRowLimit: number;
  /** Bearer token for POST /api/ingest; the endpoint is off without one. */
  ingestToken?: string;
  /** The one origin allowed to call the API from a browser; CORS is off without it. */
  corsOrigin?: string;
  /** Requests a minute per client on /api/cypher and /api/ingest. */
  rateLimitPerMinute: number;
}

/** Reads the configuration from environment variables; throws ConfigError naming the bad one. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0]);
    const hint = name === 'GRAPH_BACKEND' ? ` Expected one of: ${BACKENDS.join(', ')}.` : '';
    throw new ConfigError(`Invalid ${name}="${env[name] ?? ''}": ${issue.message}.${hint}`);
  }
  const e = parsed.data;
  const store: StoreConfig =
    e.GRAPH_BACKEND === 'embedded'
      ? { backend: 'embedded', dataDir: resolve(e.DATA_DIR), bufferPoolMb: e.EMBEDDED_BUFFER_POOL_MB }
      : { backend: 'neo4j', uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE };
  return {
    store,
    port: e.PORT,
    host: e.HOST,
    cypherTimeoutMs: e.CYPHER_TIMEOUT_MS,
    cypherRowLimit: e.CYPHER_ROW_LIMIT,
    ingestToken: e.INGEST_TOKEN,
    corsOrigin: e.CORS_ORIGIN,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
  };
}
