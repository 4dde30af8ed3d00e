import { Router } from 'express';
import type { SearchAnswer } from '../../contract/entities.ts';
import type { Health } from '../../contract/health.ts';
import type { EntityQuotes } from '../../contract/quotes.ts';
import { apiRoutes } from '../../contract/routes.ts';
import type { SaidAboutAnswer } from '../../contract/said-about.ts';
import { NotFoundError } from '../../model/errors.ts';
import type { GraphStore } from '../../store/graph-store.ts';
import { parseInput } from '../validate.ts';

/** Search, entities, neighbourhoods, quotes and the overview: thin routes over the store port. */
export function createGraphRoutes(store: GraphStore): Router {
  const router = Router();

  router.get('/health', async (_req, res) => {
    res.json({ status: 'ok', backend: store.backend, counts: await store.counts() } satisfies Health);
  });

  router.get('/search', async (req, res) => {
    const { q, type, limit } = parseInput(apiRoutes.searchEntities.query, req.query, 'query');
    res.json({ results: await store.searchEntities(q, { type, limit }) } satisfies SearchAnswer);
  });

  router.get('/overview', async (req, res) => {
    const { limit } = parseInput(apiRoutes.getOverview.query, req.query, 'query');
    res.json(await store.overview(limit));
  });

  router.get('/entities/:id', async (req, res) => {
    const { id } = parseInput(apiRoutes.getEntity.params, req.params, 'params');
    const entity = await store.getEntity(id);
    if (!entity) throw new NotFoundError(`No entity with id "${id}"`);
    res.json(entity);
  });

  router.get('/entities/:id/neighborhood', async (req, res) => {
    const { id } = parseInput(apiRoutes.getNeighborhood.params, req.params, 'params');
    const options = parseInput(apiRoutes.getNeighborhood.query, req.query, 'query');
    const graph = await store.getNeighborhood(id, options);
    if (!graph) throw new NotFoundError(`No entity with id "${id}"`);
    res.json(graph);
  });

  router.get('/entities/:id/quotes', async (req, res) => {
    const { id } = parseInput(apiRoutes.getQuotes.params, req.params, 'params');
    if (!(await store.getEntity(id))) throw new NotFoundError(`No entity with id "${id}"`);
    const [said, about] = await Promise.all([store.quotesBySpeaker(id), store.quotesAbout(id)]);
    res.json({ said, about } satisfies EntityQuotes);
  });

  router.get('/quotes', async (req, res) => {
    const filters = parseInput(apiRoutes.findQuotes.query, req.query, 'query');
    res.json(await store.findQuotes(filters));
  });

  router.get('/said-about', async (req, res) => {
    const filter = parseInput(apiRoutes.getSaidAbout.query, req.query, 'query');
    res.json({ cells: await store.saidAbout(filter) } satisfies SaidAboutAnswer);
  });

  router.get('/agencies/network', async (req, res) => {
    const { limit } = parseInput(apiRoutes.getAgencyNetwork.query, req.query, 'query');
    res.json(await store.agencyNetwork(limit));
  });

  router.get('/timeline', async (req, res) => {
    const query = parseInput(apiRoutes.getTimeline.query, req.query, 'query');
    res.json(await store.timeline(query));
  });

  router.get('/documents/:id', async (req, res) => {
    const { id } = parseInput(apiRoutes.getDocument.params, req.params, 'params');
    const document = await store.getDocument(id);
    if (!document) throw new NotFoundError(`No document with id "${id}"`);
    res.json(document);
  });

  return router;
}
