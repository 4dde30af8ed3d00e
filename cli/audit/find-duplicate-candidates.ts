import type { EntityType } from '../../model/graph-model.ts';
import { isTitleWord } from '../../ingest/nlp/lexicon.ts';

/** An entity as the audit reads it. */
export interface AuditedEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: number;
}

export type DuplicateReason = 'same name, other type' | 'surname alone' | 'initials' | 'title in name' | 'dateline in name';

/** Two entities that look like one real-world entity (or one that looks like a fragment). */
export interface DuplicateCandidate {
  reason: DuplicateReason;
  entities: AuditedEntity[];
}

const fold = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[.’'‘]/g, '').replace(/\s+/g, ' ').trim();
const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&']);

/** "Federal Bureau of Investigation" → "fbi". */
function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => word && !FUNCTION_WORDS.has(word.toLowerCase()))
    .map((word) => word[0]!.toLowerCase())
    .join('');
}

const isAcronym = (name: string) => /^(?:\p{Lu}\.?){2,6}$/u.test(name.replace(/\s/g, ''));

function pairs<T>(items: readonly T[]): [T, T][] {
  return items.flatMap((a, i) => items.slice(i + 1).map((b): [T, T] => [a, b]));
}

/** Why two entities look like one, or null. */
function reasonForPair(a: AuditedEntity, b: AuditedEntity): DuplicateReason | null {
  const [nameA, nameB] = [fold(a.name), fold(b.name)];
  if (nameA === nameB) return 'same name, other type';
  // a surname on its own, whatever it was typed as, beside a person's full name: "Trump" ~ "Donald Trump"
  const [short, long] = nameA.split(' ').length < nameB.split(' ').length ? [a, b] : [b, a];
  const longWords = fold(long.name).split(' ');
  if (long.type === 'Person' && !fold(short.name).includes(' ') && longWords.length > 1 && longWords.at(-1) === fold(short.name)) return 'surname alone';
  const [acronym, full] = isAcronym(a.name) ? [a, b] : isAcronym(b.name) ? [b, a] : [null, null];
  if (acronym && full && full.name.includes(' ') && fold(acronym.name).replace(/ /g, '') === initialsOf(full.name)) return 'initials';
  return null;
}

/** Why one entity's name looks like a fragment glued to something else, or null. */
function reasonForOne(entity: AuditedEntity): DuplicateReason | null {
  if (/^\p{Lu}[\p{L}.]*\.?\s?[—–]\s?\S/u.test(entity.name) || /^[\p{Lu} .,]+\s?[—–]\s?/u.test(entity.name)) return 'dateline in name';
  const first = entity.name.split(/\s+/)[0] ?? '';
  if (entity.type === 'Person' && entity.name.includes(' ') && isTitleWord(first.replace(/\.$/, ''))) return 'title in name';
  return null;
}

/**
 * The duplicate candidates among entities (e.g. the archive's most mentioned): pairs that look like
 * one entity, and single names that carry a title or a dateline.
 */
export function findDuplicateCandidates(entities: readonly AuditedEntity[]): DuplicateCandidate[] {
  const found: DuplicateCandidate[] = [];
  for (const entity of entities) {
    const reason = reasonForOne(entity);
    if (reason) found.push({ reason, entities: [entity] });
  }
  for (const [a, b] of pairs(entities)) {
    const reason = reasonForPair(a, b);
    if (reason) found.push({ reason, entities: [a, b] });
  }
  return found;
}
