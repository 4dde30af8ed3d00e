import { createEmbeddedGraphStore } from './server/store/graph-store-embedded.ts';
import { PORT_ELWIN, metaOf } from './tests/server/store/cypher-compat/port-elwin.fixtures.ts';
const store = await createEmbeddedGraphStore({ path: ':memory:' });
for (const e of PORT_ELWIN) await store.writeExtraction(e, metaOf(e));
console.log(await store.counts());
for (const q of process.argv.slice(2)) {
  try { const r = await store.runReadQuery(q); console.log(q, '\n', JSON.stringify(r.rows)); } catch (e: any) { console.log(q, '\n ✗', e.code, e.message); }
}
await store.close();
