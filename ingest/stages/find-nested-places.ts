import { findKnownNames } from '../nlp/find-known-names.ts';
import { NESTING_HEADS } from '../nlp/lexicon.ts';
import type { Mention } from './types.ts';

const COMPASS_BEFORE = /\b(?:North|South|East|West|Northern|Southern|Eastern|Western|Central) $/;
const hasNestingHead = (name: string): boolean => name.split(/\s+/).some((word) => NESTING_HEADS.has(word));

/**
 * Known places named inside an institution's or a venue's name: "Colorado" in "Colorado State
 * University", "Volgograd" in "Volgograd Arena". They are marked `nested`, so stages that read a
 * clause (speakers, relations) keep seeing the whole name alone.
 */
export function findNestedPlaces(mentions: readonly Mention[], text: string): Mention[] {
  const nested: Mention[] = [];
  for (const host of mentions) {
    const name = text.slice(host.start, host.end);
    if (host.type === 'Person' || !hasNestingHead(name)) continue;
    for (const hit of findKnownNames(name)) {
      if (hit.entity.type !== 'Place' || hit.text.length === name.length) continue;
      // "University of Southern California": the region a compass word makes of the place is what is named.
      const compass = COMPASS_BEFORE.exec(name.slice(0, hit.start))?.[0].length ?? 0;
      const start = host.start + hit.start - compass;
      nested.push({
        start, end: host.start + hit.end, text: text.slice(start, host.start + hit.end), type: 'Place', known: compass ? null : hit.entity,
        role: null, titledText: null, guessed: false, acronymOf: null, nested: true,
      });
    }
  }
  return nested;
}
