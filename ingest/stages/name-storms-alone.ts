import { LEADING_HEADS } from '../nlp/lexicon.ts';
import type { Mention } from './types.ts';

/** The name an event's leading head opens: "Phailin" of "Cyclone Phailin"; null for other names. */
function nameAfterEventHead(name: string): string | null {
  const [head, ...rest] = name.split(' ');
  return rest.length > 0 && LEADING_HEADS.get(head!) === 'Event' ? rest.join(' ') : null;
}

/** Whether `name` is the storm's name without its head word: "Phailin" for "Cyclone Phailin". */
export const isStormNameAlone = (stormName: string, name: string): boolean => nameAfterEventHead(stormName) === name;

/**
 * "Cyclone Phailin … Phailin's winds": a storm named once with its head word is named alone after,
 * and the name alone is that storm, not a person guessed from a capitalised word.
 */
export function nameStormsAlone(mentions: Mention[]): Mention[] {
  const names = new Set(mentions.map((m) => (m.type === 'Event' ? nameAfterEventHead(m.text) : null)).filter((name): name is string => name !== null));
  if (names.size === 0) return mentions;
  return mentions.map((mention) => (mention.guessed && !mention.known && names.has(mention.text.replace(/['’]s$/, ''))
    ? { ...mention, type: 'Event', guessed: false, firstName: false, role: null }
    : mention));
}
