import type { Span } from '../../model/extraction.ts';
import type { Term } from '../nlp/tag-terms.ts';
import type { Mention } from './types.ts';

const LONGEST = 4;

/** The names the body gives, by lower-case text: whole names, and people's surnames ("shearer"). */
function indexBodyNames(mentions: Mention[]): Map<string, Mention> {
  const byText = new Map<string, Mention>();
  for (const mention of mentions) {
    if (mention.guessed || mention.known) continue;
    const key = mention.text.toLowerCase();
    if (!byText.has(key)) byText.set(key, mention);
    const surname = mention.type === 'Person' ? mention.text.split(' ').at(-1) : undefined;
    if (surname && surname !== mention.text && !byText.has(surname.toLowerCase())) byText.set(surname.toLowerCase(), mention);
  }
  return byText;
}

/**
 * Names inside shouted lines and Title Case headlines, where capitals say nothing, that the body
 * names too: "SHEARER" for "Alan Shearer", "RANGERS BEAT INDIANS" for the teams. Each takes the
 * type the body gives it; lines are read longest name first.
 */
export function findShoutedNames(terms: Term[], shouted: Span[], mentions: Mention[], text: string): Mention[] {
  if (shouted.length === 0) return [];
  const byText = indexBodyNames(mentions);
  const taken = (start: number, end: number) => mentions.some((m) => m.start < end && start < m.end);
  const found: Mention[] = [];
  const inside = terms.filter((term) => shouted.some((span) => span.start <= term.start && term.end <= span.end));
  for (let i = 0; i < inside.length; i += 1) {
    for (let words = Math.min(LONGEST, inside.length - i); words > 0; words -= 1) {
      const [first, last] = [inside[i]!, inside[i + words - 1]!];
      const surface = text.slice(first.start, last.end);
      const source = byText.get(surface.toLowerCase());
      if (!source || /\s{2,}|\n/.test(surface) || taken(first.start, last.end)) continue;
      // Marked a guess, so the body's own writing names the entity and the shouted form joins it.
      found.push({ ...source, start: first.start, end: last.end, text: surface, role: null, titledText: null, acronymOf: null, firstName: false, guessed: true });
      i += words - 1;
      break;
    }
  }
  return found;
}
