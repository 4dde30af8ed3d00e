import { z } from 'zod';
import { apiComponents } from './components.ts';
import { countSchema } from './fields.ts';

/** A day as the explorer and the date filter write it. */
export const isoDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD');

/** How the timeline groups days: one bar a day, or a bar a week (weeks start on Monday). */
export const timelineBucketSchema = z.enum(['day', 'week']);
export type TimelineBucket = z.infer<typeof timelineBucketSchema>;

/** `GET /api/timeline` query. */
export const timelineQuerySchema = z.object({
  entity: z.string().min(1).max(300).optional().describe('entity id: only what it said, what was said about it, and the events it is in'),
  bucket: timelineBucketSchema.default('day'),
});
export type TimelineQuery = z.infer<typeof timelineQuerySchema>;

/** What one bar counts, by kind. */
const timelineCountsShape = {
  direct: countSchema.describe('quotes in quotation marks'),
  indirect: countSchema.describe('reported statements: the clause a speaker is said to have said'),
  events: countSchema.describe('events, each at the date of the first article that mentions it'),
};

/** One bar: what the articles dated from `start` to `end` (both included) hold. */
export const timelineBarSchema = z
  .strictObject({ start: isoDaySchema, end: isoDaySchema, ...timelineCountsShape })
  .register(apiComponents, { id: 'TimelineBar' });
export type TimelineBar = z.infer<typeof timelineBarSchema>;

/** `GET /api/timeline` answer: bars by the date of their articles, oldest first, empty ones left out. */
export const timelineSchema = z
  .strictObject({
    bucket: timelineBucketSchema,
    bars: z.array(timelineBarSchema),
    undated: z.strictObject(timelineCountsShape).describe('what comes from articles without a date, which no bar can show'),
  })
  .register(apiComponents, { id: 'Timeline' });
export type Timeline = z.infer<typeof timelineSchema>;
