import { Router } from 'express';
import { z } from 'zod';
import { entityTypeSchema } from '../../model/extraction.ts';
import { NotFoundError } from '../../model/errors.ts';
import type { GraphStore } from '../../store/graph-store.ts';
import { parseInput } from '../validate.ts';

const limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);
const searchQuery = z.object({ q: z.string().trim().min(1).max(200), type: entityTypeSchema.optional(), limit: limit(100, 20) });
const idParams = z.object({ id: z.string().min(1).max(300) });
const listOf = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(item));
const neighbourhoodQuery = z.object({
  limit: limit(500, 100),
  depth: z.coerce.number().pipe(z.union([z.literal(1), z.literal(2)])).default(1),
  types: listOf(entityTypeSchema).optional(),
  relations: listOf(z.string().regex(/^[A-Z_]+$/, 'relationship types are upper case, e.g. OPPOSES')).optional(),
});
const overviewQuery = z.object({ limit: limit(500, 80) });
const quotesQuery = z.object({
  speaker: z.string().min(1).max(300).optional(),
  about: z.string().min(1).max(300).optional(),
  document: z.string().min(1).max(100).optional(),
  q: z.string().trim().min(1).max(200).optional(),
  cursor: z.coerce.number().int().min(0).optional(),
  limit: limit(200, 50),
});
const idList = z
  .string()
  .transform((value) => value.split(',').map((id) => id.trim()).filter(Boolean))
  .pipe(z.array(z.string().max(300)).max(100, 'at most 100 ids'));
const saidAboutQuery = z.object({ speakers: idList.optional(), subjects: idList.optional(), limit: limit(2000, 200) });
const networkQuery = z.object({ limit: limit(1000, 200) });
const documentParams = z.object({ id: z.string().regex(/^[0-9a-f]{64}$/, 'a document id is the 64 hex digits of its SHA-256') });

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
    const options = parseInput(neighbourhoodQuery, req.query, 'query');
    const graph = await store.getNeighborhood(id, options);
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
    const { q, ...filters } = parseInput(quotesQuery, req.query, 'query');
    res.json(await store.findQuotes({ ...filters, text: q }));
  });

  router.get('/said-about', async (req, res) => {
    const filter = parseInput(saidAboutQuery, req.query, 'query');
    res.json({ cells: await store.saidAbout(filter) });
  });

  router.get('/agencies/network', async (req, res) => {
    const { limit } = parseInput(networkQuery, req.query, 'query');
    res.json(await store.agencyNetwork(limit));
  });

  router.get('/documents/:id', async (req, res) => {
    const { id } = parseInput(documentParams, req.params, 'params');
    const document = await store.getDocument(id);
    if (!document) throw new NotFoundError(`No document with id "${id}"`);
    res.json(document);
  });

  return router;
}
