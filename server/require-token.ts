import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { AppError } from '../model/errors.ts';

/**
 * Lets a request through only with `Authorization: Bearer <token>`. With no token configured the
 * endpoint is off: 403 saying how to turn it on. Tokens are compared in constant time.
 */
export function requireBearerToken(token: string | undefined, settingName: string): RequestHandler {
  const expected = token ? digest(token) : null;
  return (req, _res, next) => {
    if (!expected) {
      throw new AppError('ENDPOINT_DISABLED', `This endpoint is off: set ${settingName} on the server to enable it.`, 403);
    }
    const match = /^Bearer\s+(.+)$/i.exec(req.get('authorization') ?? '');
    if (!match || !timingSafeEqual(digest(match[1]!.trim()), expected)) {
      throw new AppError('UNAUTHORIZED', 'Send "Authorization: Bearer <token>" with the token configured on the server.', 401);
    }
    next();
  };
}

/** Hashing first gives both sides one length, which timingSafeEqual needs. */
function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
