import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError } from '../model/errors.ts';

/** Answers unknown API paths with a JSON 404 rather than the explorer's page. */
export const apiNotFound: RequestHandler = (req, res) => {
  res.status(404).json({ code: 'NOT_FOUND', message: `No API endpoint ${req.method} ${req.path}` });
};

/** The one error middleware: `{code, message}` for clients, never a stack trace or a driver's internals. */
export function createErrorHandler(log: (message: string) => void = console.error): ErrorRequestHandler {
  return (error, _req, res, _next) => {
    if (error instanceof AppError) {
      res.status(error.status).json({ code: error.code, message: error.message });
      return;
    }
    const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status < 500) {
      // body-parser's errors: malformed JSON, a body over the size limit
      const code = error?.type === 'entity.too.large' ? 'BODY_TOO_LARGE' : 'INVALID_BODY';
      res.status(status).json({ code, message: error?.type === 'entity.too.large' ? 'The request body is too large.' : 'The request body is not valid JSON.' });
      return;
    }
    log(`Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    res.status(500).json({ code: 'INTERNAL', message: 'Something went wrong on the server; the log has the details.' });
  };
}
