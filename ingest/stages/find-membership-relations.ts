import type { Relation } from '../../model/extraction.ts';
import { ROLE_NOUNS, SPOKESPERSON_WORDS, isTitleWord } from '../nlp/lexicon.ts';
import { readBy } from './relation-rules.ts';
import type { ExtractionContext, Mention } from './types.ts';

const BODY_TYPES = new Set(['Agency', 'Organization']);
// "the president of the Lombardy region, Roberto Maroni,": a role of a body, written in small letters, then the name
// set off by commas. Not a role yet to come ("the next president of the United States, Donald J. Trump").
const ROLE_OF_BODY = /\b[Tt]he ((?!(?:next|future|would-be|potential|possible)\s)(?:[\p{L}-]+ ){0,2}?(\p{Ll}[\p{Ll}-]*)) of (?:the )?$/u;
const isRoleHead = (word: string): boolean => ROLE_NOUNS.has(word) || SPOKESPERSON_WORDS.has(word) || isTitleWord(word);

/** The outer mention that starts exactly at a position, with its index. */
function mentionStartingAt(mentions: readonly Mention[], position: number): number {
  return mentions.findIndex((m) => m.start === position && !m.nested);
}

/**
 * "Matthew Ingram of The Globe and Mail": a person named with the body they are of. A place after "of" is left to
 * the titles ("Gov. Jonah Corvin of Colorado"): untitled, it is as often where one lives or comes from.
 */
function readPersonOfBody(ctx: ExtractionContext, person: Mention, subject: string): Relation | null {
  const of = /^ of (?:the |The )?/u.exec(ctx.clean.text.slice(person.end, person.end + 9));
  if (!of || (person.role && person.role.of !== null)) return null;
  const at = mentionStartingAt(ctx.found.mentions, person.end + of[0].length);
  const body = at >= 0 ? ctx.found.mentions[at]! : undefined;
  const object = body && BODY_TYPES.has(body.type) ? ctx.resolved.entityOfMention[at] : undefined;
  if (!body || !object || object === subject) return null;
  return readBy('person-of-body', { subject, predicate: 'AFFILIATED_WITH', object, role: null, evidence: { start: person.start, end: body.end } });
}

/** "The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino,": the role of the body before the name. */
function readRoleOfBodyBefore(ctx: ExtractionContext, person: Mention, subject: string): Relation | null {
  const text = ctx.clean.text;
  const body = ctx.found.mentions.findLast((m) => !m.nested && m.end <= person.start && m.end > person.start - 60);
  const at = body ? ctx.found.mentions.indexOf(body) : -1;
  if (!body || !(BODY_TYPES.has(body.type) || body.type === 'Place') || !/^(?: \p{Ll}+)?(?: \([^()]{1,60}\))?\)?, $/u.test(text.slice(body.end, person.start))) return null;
  // "CEI (Italian Episcopal Conference)": the name spelt out in brackets after an acronym; the role stands before the acronym.
  const bracketed = text.slice(body.start - 2, body.start) === ' (' ? ctx.found.mentions.findLast((m) => !m.nested && m.end === body.start - 2) : undefined;
  const anchor = bracketed?.start ?? body.start;
  const windowStart = Math.max(0, anchor - 50);
  const role = ROLE_OF_BODY.exec(text.slice(windowStart, anchor));
  const object = ctx.resolved.entityOfMention[at];
  if (!role || !isRoleHead(role[2]!.toLowerCase()) || !object || object === subject) return null;
  const roleStart = windowStart + role.index + role[0].indexOf(role[1]!);
  return readBy('role-of-body-apposition', {
    subject, predicate: 'AFFILIATED_WITH', object, role: role[1]!.charAt(0).toUpperCase() + role[1]!.slice(1), evidence: { start: roleStart, end: person.end },
  });
}

/** People's membership of a body written beside their name without a title before it. */
export function findMembershipRelations(ctx: ExtractionContext): Relation[] {
  return ctx.found.mentions.flatMap((mention, i) => {
    const subject = ctx.resolved.entityOfMention[i];
    if (!subject || mention.type !== 'Person' || mention.nested) return [];
    return [readPersonOfBody(ctx, mention, subject), readRoleOfBodyBefore(ctx, mention, subject)].filter((r): r is Relation => r !== null);
  });
}
