import { foldForSearch } from '../../model/graph-rows.ts';

/** Where a piece of evidence goes in a split: to the new entity, or it stays with the old one. */
export type SplitSide = 'moves' | 'stays';

/** A mention of the split entity in one document, with the side the name written there puts it on. */
export interface SideSpan {
  start: number;
  end: number;
  side: SplitSide | null;
}

/** The names of a split entity, folded for comparison: those split off and those that stay. */
export interface SplitNames {
  moving: ReadonlySet<string>;
  staying: ReadonlySet<string>;
}

/** A name as mentions and aliases are compared: folded, without a leading "the" or a possessive. */
export function foldName(name: string): string {
  return foldForSearch(name)
    .trim()
    .replace(/^the\s+/, '')
    .replace(/['’]s?$/, '');
}

export function toSplitNames(moving: readonly string[], all: readonly string[]): SplitNames {
  const movingSet = new Set(moving.map(foldName));
  return { moving: movingSet, staying: new Set(all.map(foldName).filter((name) => !movingSet.has(name))) };
}

/**
 * The side of a mention by the name written there: an exact name first, else the longest name it
 * contains ("Governor Lena Marsh" holds "Lena Marsh"); null when it holds none (a pronoun, a typo).
 */
export function toMentionSide(written: string, names: SplitNames): SplitSide | null {
  const folded = foldName(written);
  if (names.moving.has(folded)) return 'moves';
  if (names.staying.has(folded)) return 'stays';
  let best: { length: number; side: SplitSide } | null = null;
  for (const [set, side] of [[names.moving, 'moves'], [names.staying, 'stays']] as const) {
    for (const name of set) {
      if (name.length > (best?.length ?? 0) && containsWord(folded, name)) best = { length: name.length, side };
    }
  }
  return best?.side ?? null;
}

function containsWord(text: string, name: string): boolean {
  const at = text.indexOf(name);
  if (at === -1) return false;
  const before = text[at - 1];
  const after = text[at + name.length];
  return (before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after));
}

/** The entity's mention spans in one document (stored flat: start, end, start, end …) with their sides. */
export function toSideSpans(text: string, flatSpans: readonly number[] | null, names: SplitNames): SideSpan[] {
  const spans: SideSpan[] = [];
  for (let index = 0; index + 1 < (flatSpans?.length ?? 0); index += 2) {
    const start = flatSpans![index]!;
    const end = flatSpans![index + 1]!;
    spans.push({ start, end, side: toMentionSide(text.slice(start, end), names) });
  }
  return spans;
}

/**
 * The side of evidence (a quote, a relation's sentence) from `start` to `end`: that of the entity's
 * mention nearest it, one inside it first. A quote goes with the name of its speaker beside it, a
 * relation with the name in its sentence. Evidence with no told mention near it stays.
 */
export function toEvidenceSide(spans: readonly SideSpan[], start: number, end: number): SplitSide {
  let nearest: { distance: number; side: SplitSide } | null = null;
  for (const span of spans) {
    if (span.side === null) continue;
    const distance = span.end <= start ? start - span.end : span.start >= end ? span.start - end : 0;
    if (nearest === null || distance < nearest.distance) nearest = { distance, side: span.side };
  }
  return nearest?.side ?? 'stays';
}
