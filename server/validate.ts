import type { z } from 'zod';
import { ValidationError } from '../model/errors.ts';

/** Parses a request part with its schema; a failure becomes a 400 naming the field. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, where: 'query' | 'body' | 'params'): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.length > 0 ? issue.path.join('.') : where;
  throw new ValidationError(`Invalid ${where} field "${field}": ${issue.message}`);
}
