import { ConfigError } from '../model/errors.ts';
import { BACKENDS, type GraphStore } from './graph-store.ts';
import type { GraphStoreConfig } from './store-config.ts';


/**
 * Opens the graph store the configuration names; `dataDir` ":memory:" gives a throw-away embedded store.
 * @example const store = await createGraphStore({ backend: 'embedded', dataDir: './data' });
 */
export async function createGraphStore(config: GraphStoreConfig): Promise<GraphStore> {
  // Each backend's driver loads only when chosen: the embedded one is a large native module.
  switch (config.backend) {
    case 'embedded': {
      const { createEmbeddedGraphStore } = await import('./embedded/graph-store-embedded.ts');
      const bufferPoolBytes = config.bufferPoolMb === undefined ? undefined : config.bufferPoolMb * 1024 * 1024;
      return createEmbeddedGraphStore({ path: config.dataDir, bufferPoolBytes });
    }
    case 'neo4j': {
      const { createNeo4jGraphStore } = await import('./neo4j/graph-store-neo4j.ts');
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
