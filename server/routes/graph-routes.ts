import { Router } from 'express';
import { z } from 'zod';
import { entityTypeSchema } from '../../ingest/model.ts';
import { NotFoundError } from '../errors.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { parseInput } from '../validate.ts';

const limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);
const searchQuery = z.object({ q: z.string().trim().min(1).max(200), type: entityTypeSchema.optional(), limit: limit(100, 20) });
const idParams = z.object({ id: z.string().min(1).max(300) });
const neighbourhoodQuery = z.object({ limit: limit(500, 100) });
const overviewQuery = z.object({ limit: limit(500, 80) });
const quotesQuery = z
  .object({ speaker: z.string().min(1).optional(), about: z.string().min(1).optional(), limit: limit(500, 50) })
  .refine((q) => q.speaker || q.about, { message: 'give "speaker" or "about", an entity id', path: ['speaker'] });

/** Search, entities, neighbourhoods, quotes and the overview: thin routes over the store port. */
export function createGraphRoutes(store: GraphStore): Router {
  const router = Router();

  router.get('/health', async (_req, res) => {
    res.json({ status: 'ok', backend: store.backend, counts: await store.counts() });
  });

  router.get('/search', async (req, res) => {
    const { q, type, limit } = parseInput(searchQuery, req.query, 'query');
    res.json({ results: await store.searchEntities(q, { type, limit }) });
  });

  router.get('/overview', async (req, res) => {
    const { limit } = parseInput(overviewQuery, req.query, 'query');
    res.json(await store.overview(limit));
  });

  router.get('/entities/:id', async (req, res) => {
    const { id } = parseInput(idParams, req.params, 'params');
    const entity = await store.getEntity(id);
    if (!entity) throw new NotFoundError(`No entity with id "${id}"`);
    res.json(entity);
  });

  router.get('/entities/:id/neighborhood', async (req, res) => {
    const { id } = parseInput(idParams, req.params, 'params');
    const { limit } = parseInput(neighbourhoodQuery, req.query, 'query');
    const graph = await store.getNeighborhood(id, { limit });
    if (!graph) throw new NotFoundError(`No entity with id "${id}"`);
    res.json(graph);
  });

  router.get('/entities/:id/quotes', async (req, res) => {
    const { id } = parseInput(idParams, req.params, 'params');
    if (!(await store.getEntity(id))) throw new NotFoundError(`No entity with id "${id}"`);
    const [said, about] = await Promise.all([store.quotesBySpeaker(id), store.quotesAbout(id)]);
    res.json({ said, about });
  });

  router.get('/quotes', async (req, res) => {
    const { speaker, about, limit } = parseInput(quotesQuery, req.query, 'query');
    const bySpeaker = speaker ? await store.quotesBySpeaker(speaker, { limit }) : null;
    const bySubject = about ? await store.quotesAbout(about, { limit }) : null;
    const quotes = bySpeaker && bySubject ? bySpeaker.filter((q) => bySubject.some((s) => s.id === q.id)) : (bySpeaker ?? bySubject ?? []);
    res.json({ quotes });
  });

  return router;
}
