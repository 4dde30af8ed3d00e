import { ConfigError } from '../errors.ts';
import { BACKENDS, type GraphStore } from './graph-store.ts';

/** Which backend to open and where: what server/config.ts reads from the environment. */
export type GraphStoreConfig =
  | { backend: 'embedded'; dataDir: string; bufferPoolMb?: number }
  | { backend: 'neo4j'; uri: string; user: string; password: string; database: string };

/**
 * Opens the graph store the configuration names; `dataDir` ":memory:" gives a throw-away embedded store.
 * @example const store = await createGraphStore({ backend: 'embedded', dataDir: './data' });
 */
export async function createGraphStore(config: GraphStoreConfig): Promise<GraphStore> {
  // Each backend's driver loads only when chosen: the embedded one is a large native module.
  switch (config.backend) {
    case 'embedded': {
      const { createEmbeddedGraphStore } = await import('./graph-store-embedded.ts');
      const bufferPoolBytes = config.bufferPoolMb === undefined ? undefined : config.bufferPoolMb * 1024 * 1024;
      return createEmbeddedGraphStore({ path: config.dataDir, bufferPoolBytes });
    }
    case 'neo4j': {
      const { createNeo4jGraphStore } = await import('./graph-store-neo4j.ts');
      const { uri, user, password, database } = config;
      return createNeo4jGraphStore({ uri, user, password, database });
    }
    default: {
      const unexpected: never = config; // a new backend fails to compile until it has a case here
      const backend = String((unexpected as { backend?: unknown }).backend);
      throw new ConfigError(`Unknown backend "${backend}". Expected one of: ${BACKENDS.join(', ')}.`);
    }
  }
}
