import { findKnownNames } from '../nlp/find-known-names.ts';
import { NESTING_HEADS } from '../nlp/lexicon.ts';
import type { Mention } from './types.ts';

const COMPASS_BEFORE = /\b(?:North|South|East|West|Northern|Southern|Eastern|Western|Central) $/;
const hasNestingHead = (name: string): boolean => name.split(/\s+/).some((word) => NESTING_HEADS.has(word));

// "Municipality of Bogliasco", "County of Maui": a body or district that governs the place named after "of".
const GOVERNING = /^(?:Municipality|County|City|Province|Town|Village|Borough|Commune|Prefecture|District|Comune) of (?:the )?(?=\p{Lu})/u;

/** The place a governing body's name holds after "of", known or not: "Bogliasco" in "Municipality of Bogliasco". */
function findGovernedPlace(host: Mention, name: string, text: string): Mention | null {
  const head = GOVERNING.exec(name);
  if (!head || head[0].length === name.length) return null;
  const start = host.start + head[0].length;
  const hit = findKnownNames(name.slice(head[0].length)).find((h) => h.start === 0 && h.text.length === name.length - head[0].length);
  return {
    start, end: host.end, text: text.slice(start, host.end), type: 'Place', known: hit?.entity.type === 'Place' ? hit.entity : null,
    role: null, titledText: null, guessed: false, acronymOf: null, nested: true,
  };
}

/**
 * Known places named inside an institution's or a venue's name: "Colorado" in "Colorado State
 * University", "Volgograd" in "Volgograd Arena". They are marked `nested`, so stages that read a
 * clause (speakers, relations) keep seeing the whole name alone.
 */
export function findNestedPlaces(mentions: readonly Mention[], text: string): Mention[] {
  const nested: Mention[] = [];
  for (const host of mentions) {
    const name = text.slice(host.start, host.end);
    if (host.type === 'Person') continue;
    const governed = findGovernedPlace(host, name, text);
    if (governed) nested.push(governed);
    if (!hasNestingHead(name)) continue;
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
