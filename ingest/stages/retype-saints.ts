import type { Mention } from './types.ts';

// "St. Jerome", "Saint Theodorus", "St. Julien le Pauvre": a saint's title before one name.
const SAINT = /^(?:St\.?|Saint) (\p{Lu}\p{Ll}+)(?: (?:le|la|de|du|of) \p{Lu}[\p{L}'’-]*)?$/u;

/**
 * A saint the article names is a person, though "St." opens places' names too: "St. Jerome"
 * where "Jerome" alone is a person in the article, and "the church of St. Severin", "an icon of
 * St. Theodorus", where "of" names whom the thing is dedicated to or shows. A listed place ("St.
 * Louis") keeps its type, as does a saint's name alone in a list of towns ("St Anne, St François").
 */
export function retypeSaints(mentions: Mention[], text: string): Mention[] {
  const people = new Set(mentions.filter((m) => m.type === 'Person' && !m.text.includes(' ')).map((m) => m.text));
  return mentions.map((mention) => {
    const name = SAINT.exec(mention.text)?.[1];
    if (!name || mention.type !== 'Place' || mention.known || mention.nested) return mention;
    const dedicated = /\bof\s+(?:the\s+)?$/.test(text.slice(Math.max(0, mention.start - 8), mention.start));
    return people.has(name) || dedicated ? { ...mention, type: 'Person', guessed: false, firstName: false } : mention;
  });
}
