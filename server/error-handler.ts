import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import { AppError, BusyError } from '../model/errors.ts';

/** Answers unknown API paths with a JSON 404 rather than the explorer's page. */
export const apiNotFound: RequestHandler = (req, res) => {
  res.status(404).json({ code: 'NOT_FOUND', message: `No API endpoint ${req.method} ${req.path}` });
};

/** The one error middleware: `{code, message}` for clients, never a stack trace or a driver's internals. */
export function createErrorHandler(log: (message: string) => void = console.error): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const known = error instanceof AppError ? error : toRequestError(error, req);
    if (known) {
      if (known instanceof BusyError) res.set('Retry-After', String(known.retryAfterSeconds));
      res.status(known.status).json({ code: known.code, message: known.message });
      return;
    }
    log(`Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    res.status(500).json({ code: 'INTERNAL', message: 'Something went wrong on the server; the log has the details.' });
  };
}

/** Express's and body-parser's own 4xx errors, saying what was wrong with the request; null for anything else. */
function toRequestError(error: unknown, req: Request): AppError | null {
  const { status, type, expose, message } = (error ?? {}) as { status?: unknown; type?: unknown; expose?: unknown; message?: unknown };
  if (typeof status !== 'number' || status < 400 || status >= 500) return null;
  // the router could not decode a path parameter
  if (error instanceof URIError) {
    const path = req.originalUrl.split('?')[0]!.slice(0, 200);
    return new AppError('INVALID_PATH', `The path ${path} is not valid percent-encoding: write each byte of UTF-8 as %XX, and "%" itself as %25.`, 400);
  }
  switch (type) {
    case 'entity.too.large':
      return new AppError('BODY_TOO_LARGE', 'The request body is too large.', 413);
    case 'entity.parse.failed':
      return new AppError('INVALID_BODY', 'The request body is not valid JSON.', 400);
    default:
      return new AppError('INVALID_REQUEST', expose === true && typeof message === 'string' ? message : 'The request could not be read.', status);
  }
}
