import { createEmbeddedGraphStore } from '../../../store/embedded/graph-store-embedded.ts';
import { describeGraphStoreContract } from '../graph-store.contract.ts';

describeGraphStoreContract('embedded (in memory)', () => createEmbeddedGraphStore({ path: ':memory:' }));
