import { resolve } from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../model/errors.ts';
import { BACKENDS } from './graph-store.ts';

/** The environment variables that choose and reach the graph store. */
export const storeEnvSchema = z.object({
  GRAPH_BACKEND: z.enum(BACKENDS).default('embedded'),
  DATA_DIR: z.string().min(1).default('./data'),
  EMBEDDED_BUFFER_POOL_MB: z.coerce.number().int().min(64).default(1024),
  NEO4J_URI: z.string().min(1).default('bolt://localhost:7687'),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
});

/** Which backend to open and where. */
export type GraphStoreConfig =
  | { backend: 'embedded'; dataDir: string; bufferPoolMb?: number }
  | { backend: 'neo4j'; uri: string; user: string; password: string; database: string };

/** Environment variables with empty values dropped, so an empty one means its default. */
export function withoutEmptyValues(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''));
}

/** Throws ConfigError naming the first variable a schema refused, with its value and what it allows. */
export function assertValidEnv<T>(parsed: z.ZodSafeParseResult<T>, env: NodeJS.ProcessEnv): asserts parsed is z.ZodSafeParseSuccess<T> {
  if (parsed.success) return;
  const issue = parsed.error.issues[0]!;
  const name = String(issue.path[0]);
  const hint = name === 'GRAPH_BACKEND' ? ` Expected one of: ${BACKENDS.join(', ')}.` : '';
  throw new ConfigError(`Invalid ${name}="${env[name] ?? ''}": ${issue.message}.${hint}`);
}

/** The store's settings from parsed environment variables. */
export function toStoreConfig(e: z.infer<typeof storeEnvSchema>): GraphStoreConfig {
  return e.GRAPH_BACKEND === 'embedded'
    ? { backend: 'embedded', dataDir: resolve(e.DATA_DIR), bufferPoolMb: e.EMBEDDED_BUFFER_POOL_MB }
    : { backend: 'neo4j', uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE };
}

/** Reads the store's configuration from environment variables; throws ConfigError naming the bad one. */
export function loadStoreConfig(env: NodeJS.ProcessEnv = process.env): GraphStoreConfig {
  const parsed = storeEnvSchema.safeParse(withoutEmptyValues(env));
  assertValidEnv(parsed, env);
  return toStoreConfig(parsed.data);
}
