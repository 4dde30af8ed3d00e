import { z } from 'zod';
import { ENTITY_TYPES, RELATION_TYPES } from './graph-model.ts';

export const entityTypeSchema = z.enum(ENTITY_TYPES);

export const relationPredicateSchema = z.enum(RELATION_TYPES);
/** A half-open range of UTF-16 code units into the article text as read. */
export const spanSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((span) => span.end >= span.start, { message: 'span end is before its start' });
export type Span = z.infer<typeof spanSchema>;

/** Stable ids look like `person:jonah-corvin`: the type, a colon, a slug. */
export const entityIdSchema = z.string().regex(/^[a-z]+:[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{N}.-]*$/u, {
  message: 'entity id must look like "type:slug", e.g. "person:jonah-corvin"',
});

export const documentInfoSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  date: z.string().nullable(),
  source: z.string().optional(),
});
export type DocumentInfo = z.infer<typeof documentInfoSchema>;

export const entitySchema = z.object({
  id: entityIdSchema,
  type: entityTypeSchema,
  name: z.string().min(1),
  aliases: z.array(z.string()),
  kind: z.string().nullable().optional(),
  mentions: z.array(spanSchema),
});
export type Entity = z.infer<typeof entitySchema>;

export const quoteSchema = z.object({
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  speaker: entityIdSchema.nullable(),
  via: z.string().nullable(),
  about: z.array(entityIdSchema),
  /** "direct": words inside quotation marks; "indirect": reported speech, the attributed clause ("said the plan failed"). */
  kind: z.enum(['direct', 'indirect']).optional(),
  /** Which cue of the extractor found it ("quotation-marks", "speaker-verb-head"), so it can be explained. */
  rule: z.string().min(1).optional(),
  /** How often that cue is right, 0–1. */
  confidence: z.number().min(0).max(1).optional(),
});
export type Quote = z.infer<typeof quoteSchema>;

export const relationSchema = z.object({
  subject: entityIdSchema,
  predicate: relationPredicateSchema,
  object: entityIdSchema,
  role: z.string().nullable().optional(),
  evidence: spanSchema,
  /** Which rule of the extractor read the relation ("party-label", "relation-verb"), so it can be explained. */
  rule: z.string().min(1).optional(),
  /** How often that rule is right, 0–1, so a reader can hide what is below a threshold. */
  confidence: z.number().min(0).max(1).optional(),
});
export type Relation = z.infer<typeof relationSchema>;

export const eventSchema = z.object({
  id: entityIdSchema,
  type: z.string().min(1),
  name: z.string().min(1),
  date: z.string().nullable(),
  places: z.array(entityIdSchema),
  participants: z.array(entityIdSchema),
  evidence: spanSchema,
});
export type Event = z.infer<typeof eventSchema>;

/** What `extract` writes for one article: the JSON of ../shared/EXTRACTION.md. */
export const extractionSchema = z.object({
  document: documentInfoSchema,
  entities: z.array(entitySchema),
  quotes: z.array(quoteSchema),
  relations: z.array(relationSchema),
  events: z.array(eventSchema),
});
export type Extraction = z.infer<typeof extractionSchema>;
