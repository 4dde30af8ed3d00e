import { Router } from 'express';
import { EDITOR_HEADER, type CorrectionList } from '../../contract/corrections.ts';
import { apiRoutes } from '../../contract/routes.ts';
import { undoCorrection } from '../../ingest/corrections.ts';
import type { ExtractPool } from '../../ingest/extract-pool.ts';
import type { GraphStore } from '../../store/graph-store.ts';
import { requireBearerToken } from '../require-token.ts';
import { parseInput } from '../validate.ts';

/** The editor a correction is recorded under: the X-Editor header, trimmed and bounded, else "editor". */
function editorOf(header: string | undefined): string {
  const name = header?.trim().slice(0, 100);
  return name ? name : 'editor';
}

/**
 * The corrections log: POST records and applies one, GET lists them, DELETE undoes one. Writing needs
 * the EDIT_TOKEN; an undo re-extracts the documents it touched in the worker threads of `pool`.
 */
export function createCorrectionRoutes(store: GraphStore, token: string | undefined, pool: ExtractPool): Router {
  const router = Router();
  const requireToken = requireBearerToken(token, 'EDIT_TOKEN (16 or more characters)');
  router.post('/corrections', requireToken, async (req, res) => {
    const request = parseInput(apiRoutes.createCorrection.body, req.body, 'body');
    const correction = await store.addCorrection(request, { editor: editorOf(req.get(EDITOR_HEADER)) });
    res.status(201).json(correction);
  });
  router.get('/corrections', async (_req, res) => {
    res.json({ corrections: await store.listCorrections(), editing: Boolean(token) } satisfies CorrectionList);
  });
  router.delete('/corrections/:id', requireToken, async (req, res) => {
    const { id } = parseInput(apiRoutes.undoCorrection.params, req.params, 'params');
    res.json(await undoCorrection(store, id, { pool }));
  });
  return router;
}
