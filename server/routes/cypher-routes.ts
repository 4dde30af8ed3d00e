import { Router, type Response } from 'express';
import { apiRoutes } from '../../contract/routes.ts';
import type { CypherCheck } from '../../contract/cypher.ts';
import { BusyError } from '../../model/errors.ts';
import type { GraphStore } from '../../store/graph-store.ts';
import { createRunQueue } from '../run-queue.ts';
import { parseInput } from '../validate.ts';

export interface CypherRouteOptions {
  timeoutMs: number;
  rowLimit: number;
  /** Queries that run at once; the others wait in order of arrival. */
  concurrency: number;
  /** Queries that may wait; one more is refused with 503 CYPHER_BUSY. */
  queueLimit: number;
}

/**
 * POST /cypher: a user's read-only query, answered with columns, rows and the graph in them. Users'
 * queries take turns in their own queue, so a few heavy ones cannot hold up the explorer's reads.
 */
export function createCypherRoutes(store: GraphStore, options: CypherRouteOptions): Router {
  const router = Router();
  const retryAfterSeconds = Math.ceil(options.timeoutMs / 1000);
  const queue = createRunQueue({
    concurrency: options.concurrency,
    maxWaiting: options.queueLimit,
    // a query waits no longer than one may run
    maxWaitMs: options.timeoutMs,
    toBusyError: (reason) =>
      new BusyError(
        `The server is running as many Cypher queries as it may (${options.concurrency} at a time, ${options.queueLimit} waiting) ` +
          `and this one ${reason === 'full' ? 'found no place in the queue' : 'waited too long for its turn'}. Try again in ${retryAfterSeconds} s.`,
        'CYPHER_BUSY',
        retryAfterSeconds,
      ),
  });
  router.post('/cypher/check', async (req, res) => {
    const { query } = parseInput(apiRoutes.checkCypher.body, req.body, 'body');
    // awaited: a store still opening answers with a rejected promise, which becomes the 503
    const problem = await store.checkReadQuery(query);
    res.json((problem ? { ok: false, ...problem } : { ok: true }) satisfies CypherCheck);
  });

  router.post('/cypher', async (req, res) => {
    const { query, params } = parseInput(apiRoutes.runCypher.body, req.body, 'body');
    const run = () => store.runReadQuery(query, { params, timeoutMs: options.timeoutMs, rowLimit: options.rowLimit });
    res.json(await queue.run(run, closedSignal(res)));
  });
  return router;
}

/** Aborts when the response closes: sent, or the client gone (then a query still waiting need not run). */
function closedSignal(res: Response): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => controller.abort());
  return controller.signal;
}
