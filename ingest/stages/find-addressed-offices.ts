import type { Mention } from './types.ts';

// "Thank you, Madam Speaker.", "I congratulate you, Mr. President, on …": a courtesy title and the
// office that presides over an assembly or a state, set off by commas or opening the line, is how a
// speech addresses its holder. Not "Mr. Chief Justice" or "Madam Chair": transcripts of courts and
// committees address them at every turn, and name them no more than a title does.
const ADDRESSED_OFFICE = /(?<=(?:^|[,;:.!?]\s+|\byou\s+))(?:Mr\.?|Madam|Madame|Mister)\s+(?:(?:Vice\s+)?President|Speaker)(?=\s*[,.!?;:])/gmu;

/**
 * The offices a speech addresses ("Madam Speaker", "Mr. President"), each a person named by the
 * title, as a transcript names the one it speaks to. Spans another mention covers are left to it.
 */
export function findAddressedOffices(mentions: readonly Mention[], text: string): Mention[] {
  const found: Mention[] = [];
  for (const match of text.matchAll(ADDRESSED_OFFICE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (mentions.some((m) => m.start < end && start < m.end)) continue;
    found.push({ start, end, text: match[0], type: 'Person', known: null, role: null, titledText: null, guessed: false, acronymOf: null });
  }
  return found;
}
