import type { Span } from '../../model/extraction.ts';
import type { Term } from '../nlp/tag-terms.ts';
import type { Mention } from './types.ts';
import { SPEECH_VERBS } from '../nlp/lexicon.ts';

// Suffixes that end a full name without being its surname ("Robert P. Casey Jr.").
const SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;

/** The surname of a person's full name ("Mark Cuban" → "Cuban"), or null for a one-word name. */
function surnameOf(name: string): string | null {
  const words = name.split(/\s+/).filter((word) => !SUFFIX.test(word.replace(/,$/, '')));
  const last = words.at(-1)?.replace(/[,.]$/, '');
  return words.length >= 2 && last && /^\p{Lu}\p{Ll}{2,}$/u.test(last) ? last : null;
}

/**
 * "Mark Cuban … “…,” Cuban said": a person's surname alone that the word lists read as something else (a
 * demonym, a preposition) and so left unnamed. It is the person when it acts as a name does: the verb
 * or the punctuation right after it shows it is no adjective ("Cuban said", not "Cuban exiles").
 * A surname the gazetteer reads as a place ("Rep. Jim Jordan … Jordan said") is retyped when a verb
 * follows it; one it reads as a body ("Christopher Hill … a Hill administration", not the paper The Hill)
 * is retyped wherever it stands alone. Returns the mentions, retyped where so, in their order, then the surnames found.
 */
export function findBareSurnames(mentions: readonly Mention[], terms: readonly Term[], text: string, skipped: readonly Span[]): Mention[] {
  const people = new Map<string, Mention>();
  for (const mention of mentions) {
    const surname = mention.type === 'Person' ? surnameOf(mention.text) : null;
    if (surname && !people.has(surname)) people.set(surname, mention);
  }
  // Two people of one surname in the article: the bare word could be either, so it names neither.
  const shared = mentions.filter((mention) => {
    const surname = mention.type === 'Person' ? surnameOf(mention.text) : null;
    const first = surname ? people.get(surname)! : null;
    return first !== null && first.text !== mention.text && !mention.text.endsWith(first.text) && !first.text.endsWith(mention.text);
  });
  for (const mention of shared) people.delete(surnameOf(mention.text)!);
  const found: Mention[] = [];
  const retyped = new Map<Mention, Mention>();
  terms.forEach((term, k) => {
    const word = term.text.replace(/['’]s$/, '');
    const person = people.get(word);
    if (!person || term.start < person.start) return;
    const end = term.start + word.length;
    if (skipped.some((s) => s.start <= term.start && end <= s.end)) return;
    const next = terms[k + 1];
    const verbAfter = next !== undefined && next.sentence === term.sentence && next.tags.has('Verb') && !next.tags.has('Gerund') && !/^\p{Lu}/u.test(next.text);
    const previous = terms[k - 1];
    // "Cuban cigars", "Young Republicans": a capitalised word before or after makes it part of another name.
    if (previous && previous.sentence === term.sentence && /^\p{Lu}/u.test(previous.text) && !/[,.;:]/.test(previous.post)) return;
    const covering = mentions.filter((m) => m.start < end && term.start < m.end);
    // "“…,” said Jackson": a verb of speech right before it.
    const saidBefore = previous !== undefined && previous.sentence === term.sentence && !previous.post.trim() && SPEECH_VERBS.has(previous.text);
    if (covering.length === 1 && covering[0]!.start === term.start && covering[0]!.end === end && covering[0]!.type !== 'Person' && word === term.text && (verbAfter || saidBefore || covering[0]!.known?.type === 'Organization')) {
      retyped.set(covering[0]!, { ...covering[0]!, type: 'Person', known: null, guessed: false });
      return;
    }
    const acts = word !== term.text || /^[,.;:!?]/.test(term.post.trim()) || verbAfter;
    if (covering.length > 0 || !acts) return;
    found.push({ start: term.start, end, text: word, type: 'Person', known: null, role: null, titledText: null, guessed: false, acronymOf: null });
  });
  return [...mentions.map((mention) => retyped.get(mention) ?? mention), ...found];
}
