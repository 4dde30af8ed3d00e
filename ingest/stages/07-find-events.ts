import { createHash } from 'node:crypto';
import type { Event, Quote } from '../../model/extraction.ts';
import { readTable } from '../nlp/data-files.ts';
import { toEntityId } from '../nlp/lexicon.ts';
import { findSentenceEnd, findSentenceStart } from '../nlp/sentences.ts';
import { toSlug } from '../../model/slug.ts';
import { isDeniedOrSupposed } from './read-polarity.ts';
import type { ExtractionContext } from './types.ts';

const TRIGGERS = readTable('event-triggers.tsv', 2).map(([word = '', type = '']) => ({ word, type }));
const TRIGGER_REGEX = new RegExp(`\\b(?:${TRIGGERS.map((t) => t.word).sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');
const OUTLET_IDS = new Set(readTable('news-outlets.tsv', 2).map(([name = '']) => toEntityId('Organization', name.replace(/^The /, ''))));
const NEARBY = 1200;
const PRIORITY = new Map(TRIGGERS.map((t, i) => [t.word, i]));
const typeOf = new Map(TRIGGERS.map((t) => [t.word, t.type]));

interface Draft { type: string; trigger: string; start: number; end: number; places: Set<string>; participants: Set<string> }

/** "asked whether", "asked about": a reporter's question is no request; "asked the council to act" is. */
function isQuestionAsked(word: string, after: string): boolean {
  return /^ask(?:s|ed)?$/.test(word) && !/^\s+(?:[^\s.?!]+\s+){0,8}?(?:to|for)\s/.test(after);
}

/**
 * "cards they never asked for", "unclear whether a vote will be scheduled", "in order to help": a trigger its own
 * clause denies or only supposes, or a word that is no trigger in its phrase, tells of nothing that happened.
 */
function isUnhappened(before: string, after: string): boolean {
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  return isDeniedOrSupposed(clause) || (/\bin\s+$/.test(before) && /^\s+(?:to|that)\b/.test(after));
}

/** The trigger of each sentence that has one: the first listed in the triggers file wins. */
function findSentenceTriggers(ctx: ExtractionContext, quotes: Quote[]): Map<number, { word: string; end: number }> {
  const best = new Map<number, { word: string; end: number }>();
  for (const paragraph of ctx.clean.paragraphs) {
    const text = ctx.clean.text.slice(paragraph.start, paragraph.end);
    for (const match of text.matchAll(TRIGGER_REGEX)) {
      const at = paragraph.start + match.index;
      if (quotes.some((q) => q.start <= at && at < q.end)) continue;
      if (isQuestionAsked(match[0], text.slice(match.index + match[0].length, match.index + match[0].length + 80))) continue;
      const start = findSentenceStart(ctx.clean.text, paragraph.start, at);
      if (isUnhappened(ctx.clean.text.slice(Math.max(start, at - 40), at), text.slice(match.index + match[0].length, match.index + match[0].length + 12))) continue;
      const found = best.get(start);
      if (!found || PRIORITY.get(match[0])! < PRIORITY.get(found.word)!) {
        best.set(start, { word: match[0], end: findSentenceEnd(ctx.clean.text, at, paragraph.end) });
      }
    }
  }
  return best;
}

/** One draft event per sentence with a trigger, with the entities the sentence names. */
function findDrafts(ctx: ExtractionContext, quotes: Quote[]): Draft[] {
  const drafts: Draft[] = [];
  const typeById = new Map(ctx.resolved.entities.map((e) => [e.id, e.type]));
  for (const [start, { word, end }] of findSentenceTriggers(ctx, quotes)) {
    const draft: Draft = { type: typeOf.get(word)!, trigger: word, start, end, places: new Set(), participants: new Set() };
    ctx.found.mentions.forEach((mention, i) => {
      const id = ctx.resolved.entityOfMention[i];
      if (!id || mention.start < start || mention.end > end) return;
      // A news outlet reports an event; it takes no part in it.
      if (OUTLET_IDS.has(id)) return;
      (typeById.get(id) === 'Place' ? draft.places : draft.participants).add(id);
    });
    if (draft.participants.size > 0) drafts.push(draft);
  }
  return drafts.sort((a, b) => a.start - b.start);
}

/** Events with a trigger word in the text; nearby drafts of one type sharing a participant are one event. */
export function findEvents(ctx: ExtractionContext, quotes: Quote[]): Event[] {
  const merged: Draft[] = [];
  for (const draft of findDrafts(ctx, quotes)) {
    // The same happening is told again nearby; far apart, a shared actor is a new event.
    const same = merged.find((m) => m.type === draft.type && draft.start - m.end < NEARBY
      && [...draft.participants].some((p) => m.participants.has(p)));
    if (!same) {
      merged.push(draft);
      continue;
    }
    same.end = draft.end;
    draft.places.forEach((p) => same.places.add(p));
    draft.participants.forEach((p) => same.participants.add(p));
  }
  const names = new Map(ctx.resolved.entities.map((e) => [e.id, e.name]));
  // One happening is one node across articles: its identity is its type, who took part, where and
  // when (the article's date, as events carry no date of their own yet), never where it was written.
  const byId = new Map<string, Event>();
  for (const draft of merged) {
    const who = [...draft.participants].slice(0, 2).map((id) => names.get(id)).join(' and ');
    const identity = [draft.type, ...[...draft.participants].sort(), ...[...draft.places].sort(), ctx.clean.date ?? 'undated'].join(' ');
    const id = `event:${toSlug(`${draft.type} ${who}`)}-${hashOf(identity)}`;
    const known = byId.get(id);
    if (known) {
      known.evidence.end = Math.max(known.evidence.end, draft.end);
      continue;
    }
    byId.set(id, {
      id, type: draft.type, name: `${draft.trigger.charAt(0).toUpperCase()}${draft.trigger.slice(1)} (${who})`, date: null,
      places: [...draft.places], participants: [...draft.participants],
      evidence: { start: draft.start, end: draft.end },
    });
  }
  return [...byId.values()];
}

/** A short, stable digest of an event's identity, so two articles telling one event give it one id. */
function hashOf(identity: string): string {
  return createHash('sha256').update(identity).digest('hex').slice(0, 10);
}
