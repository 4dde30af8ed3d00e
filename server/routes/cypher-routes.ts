import { Router } from 'express';
import { apiRoutes } from '../../contract/routes.ts';
import type { CypherCheck } from '../../contract/cypher.ts';
import type { GraphStore } from '../../store/graph-store.ts';
import { parseInput } from '../validate.ts';

export interface CypherRouteOptions {
  timeoutMs: number;
  rowLimit: number;
}

/** POST /cypher: a user's read-only query, answered with columns, rows and the graph in them. */
export function createCypherRoutes(store: GraphStore, options: CypherRouteOptions): Router {
  const router = Router();
  router.post('/cypher/check', async (req, res) => {
    const { query } = parseInput(apiRoutes.checkCypher.body, req.body, 'body');
    // awaited: a store still opening answers with a rejected promise, which becomes the 503
    const problem = await store.checkReadQuery(query);
    res.json((problem ? { ok: false, ...problem } : { ok: true }) satisfies CypherCheck);
  });

  router.post('/cypher', async (req, res) => {
    const { query, params } = parseInput(apiRoutes.runCypher.body, req.body, 'body');
    res.json(await store.runReadQuery(query, { params, timeoutMs: options.timeoutMs, rowLimit: options.rowLimit }));
  });
  return router;
}
