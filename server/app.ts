import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cors from 'cors';
import express from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { apiNotFound, createErrorHandler } from './error-handler.ts';
import { createCorrectionRoutes } from './routes/correction-routes.ts';
import { createCypherRoutes } from './routes/cypher-routes.ts';
import { createGraphRoutes } from './routes/graph-routes.ts';
import { createIngestRoutes } from './routes/ingest-routes.ts';
import { openApiDocument } from '../contract/openapi.ts';
import { createExtractPool, type ExtractPool } from '../ingest/extract-pool.ts';
import type { GraphStore } from '../store/graph-store.ts';

export interface AppOptions {
  store: GraphStore;
  /** The built explorer (`dist/web`); omitted, only the API is served. */
  webDir?: string;
  cypherTimeoutMs?: number;
  cypherRowLimit?: number;
  /** Users' Cypher queries that run at once (default 1) and that may wait (default 16). */
  cypherConcurrency?: number;
  cypherQueueLimit?: number;
  ingestToken?: string;
  /** Bearer token for the corrections endpoints; editing is off without one. */
  editToken?: string;
  /** Where POST /api/ingest extracts: the server's worker threads; omitted, in the request's own thread. */
  extractPool?: ExtractPool;
  corsOrigin?: string;
  rateLimitPerMinute?: number;
  log?: (message: string) => void;
}

/**
 * The Express app: the API under /api and the explorer's static files. Never listens.
 * @example const app = createApp({ store }); app.listen(3000);
 */
export function createApp(options: AppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'script-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:', 'blob:'] },
      },
    }),
  );
  if (options.corsOrigin) app.use('/api', cors({ origin: options.corsOrigin }));
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: options.rateLimitPerMinute ?? 120,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json({ code: 'RATE_LIMITED', message: 'Too many requests; wait a minute and try again.' });
    },
  });
  app.use(['/api/cypher', '/api/ingest'], limiter);
  app.use(express.json({ limit: '25mb' }));
  app.get('/api/openapi.json', (_req, res) => res.json(openApiDocument));
  app.use('/api', createGraphRoutes(options.store));
  app.use(
    '/api',
    createCypherRoutes(options.store, {
      timeoutMs: options.cypherTimeoutMs ?? 10_000,
      rowLimit: options.cypherRowLimit ?? 5_000,
      concurrency: options.cypherConcurrency ?? 1,
      queueLimit: options.cypherQueueLimit ?? 16,
    }),
  );
  const extractPool = options.extractPool ?? createExtractPool(0);
  app.use('/api', createIngestRoutes(options.store, options.ingestToken, extractPool));
  app.use('/api', createCorrectionRoutes(options.store, options.editToken, extractPool));
  app.use('/api', apiNotFound);
  if (options.webDir && existsSync(options.webDir)) {
    app.use(express.static(options.webDir));
    const index = join(options.webDir, 'index.html');
    app.get('/{*path}', (_req, res) => res.sendFile(index));
  }
  app.use(createErrorHandler(options.log));
  return app;
}
