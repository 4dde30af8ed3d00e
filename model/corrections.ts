import { z } from 'zod';
import { ENTITY_TYPES, RELATION_TYPES } from './graph-model.ts';

/**
 * Corrections made by hand: an append-only log kept with the graph and replayed after every write, so a
 * fix made today holds for the articles ingested tomorrow. The request shapes are the API's; the stored
 * correction adds what the server records (id, time, editor) and what the store learned when it was made.
 */

const entityId = z.string().min(1).regex(/^[a-z]+:/, 'an entity id starts with its type, as "person:ada-lovelace"');
const note = z.string().max(2000).optional();

export const mergeRequestSchema = z.strictObject({
  action: z.literal('merge'),
  into: entityId.describe('the entity that stays'),
  entities: z.array(entityId).min(1).describe('the entities merged into it and removed'),
  note,
});
export const splitRequestSchema = z.strictObject({
  action: z.literal('split'),
  entity: entityId.describe('the entity the aliases are split off'),
  aliases: z.array(z.string().trim().min(1)).min(1).describe("names of the entity's that belong to another one"),
  name: z.string().trim().min(1).optional().describe("the new entity's name; the first alias if not given"),
  type: z.enum(ENTITY_TYPES).optional().describe("the new entity's type; the entity's own if not given"),
  note,
});
export type SplitRequest = z.infer<typeof splitRequestSchema>;
export const renameRequestSchema = z.strictObject({ action: z.literal('rename'), entity: entityId, name: z.string().trim().min(1), note });
export const retypeRequestSchema = z.strictObject({ action: z.literal('retype'), entity: entityId, type: z.enum(ENTITY_TYPES), note });
export const deleteRequestSchema = z.strictObject({ action: z.literal('delete'), entity: entityId, note });
export const setSpeakerRequestSchema = z.strictObject({
  action: z.literal('set-speaker'),
  quote: z.string().min(1),
  speaker: entityId.nullable().describe('null clears the speaker'),
  note,
});
export const rejectRelationRequestSchema = z.strictObject({
  action: z.literal('reject-relation'),
  from: entityId,
  type: z.enum(RELATION_TYPES),
  to: entityId,
  note,
});

/** What an editor sends: one correction. */
export const correctionRequestSchema = z.discriminatedUnion('action', [
  mergeRequestSchema,
  splitRequestSchema,
  renameRequestSchema,
  retypeRequestSchema,
  deleteRequestSchema,
  setSpeakerRequestSchema,
  rejectRelationRequestSchema,
]);
export type CorrectionRequest = z.infer<typeof correctionRequestSchema>;
export type CorrectionAction = CorrectionRequest['action'];
export const CORRECTION_ACTIONS = correctionRequestSchema.options.map((option) => option.shape.action.value);

/**
 * What the store records beside the request, learned when the correction was made: a retype's new id
 * (the old one redirects to it) or a split's new entity, and a deleted entity's names, which must never
 * become an entity again.
 */
export const correctionFactsSchema = z.strictObject({
  newId: z.string().optional(),
  names: z.array(z.string()).optional(),
});
export type CorrectionFacts = z.infer<typeof correctionFactsSchema>;

export const correctionSchema = z.strictObject({
  id: z.string(),
  action: z.enum(CORRECTION_ACTIONS as [CorrectionAction, ...CorrectionAction[]]),
  /** The request without its action and note. */
  arguments: z.record(z.string(), z.unknown()),
  facts: correctionFactsSchema,
  /** ISO time it was made. */
  time: z.string(),
  editor: z.string(),
  note: z.string().nullable(),
  undone: z.boolean(),
});
export type Correction = z.infer<typeof correctionSchema>;

/** Who made a correction and when: the editor's name and, for tests, a clock. */
export interface CorrectionAuthor {
  editor: string;
  now?: () => Date;
}

/** A correction as listed: stale when an entity or quote it names is no longer in the graph. */
export type ListedCorrection = Correction & { stale: boolean };

/** The request a stored correction was made from, typed again. */
export function toCorrectionRequest(correction: Correction): CorrectionRequest {
  return correctionRequestSchema.parse({
    action: correction.action,
    ...correction.arguments,
    ...(correction.note === null ? {} : { note: correction.note }),
  });
}
