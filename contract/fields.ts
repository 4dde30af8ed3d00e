import { z } from 'zod';

/** A count in an answer: a whole number, never negative. */
export const countSchema = z.number().int().nonnegative();

/** A page size from the query string: a whole number from 1 to `max`, `fallback` when absent. */
export function limitField(max: number, fallback: number) {
  return z.coerce.number().int().min(1).max(max).default(fallback);
}

/**
 * A comma-separated list in the query string, split, trimmed, empty parts dropped, then checked as
 * `items`; a bad item is named by its place, e.g. `types.1`.
 */
export function listField<T extends z.ZodArray<z.ZodType<unknown, string>>>(items: T) {
  return z
    .string()
    .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean))
    .pipe(items);
}
