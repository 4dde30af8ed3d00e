import { findKnownNames } from '../nlp/find-known-names.ts';
import { US_STATES } from '../nlp/lexicon.ts';
import type { Mention } from './types.ts';

const STATE_BY_POSTAL = new Map(US_STATES.filter(({ postal }) => postal)
  .map((state) => [state.postal, findKnownNames(state.name).find((hit) => hit.text === state.name)?.entity]));

/**
 * "Coffeyville, KS", "Paramus, NJ retail corridor": a state's postal code set off by a comma after a
 * name is the state, not the unknown acronym of a body; retypeTowns then types the town before it. Not
 * in a line in capitals ("TULSA, OK THEN"), where the code may be a word.
 */
export function retypePostalCodes(mentions: Mention[], text: string): Mention[] {
  const ends = new Set(mentions.map((mention) => mention.end));
  return mentions.map((mention) => {
    const state = STATE_BY_POSTAL.get(mention.text);
    if (!state || mention.known || !ends.has(mention.start - 2) || text.slice(mention.start - 2, mention.start) !== ', ') return mention;
    if (/^\s+\p{Lu}/u.test(text.slice(mention.end, mention.end + 3))) return mention;
    return { ...mention, type: 'Place', known: state, guessed: false, firstName: false, role: null };
  });
}
