import { isCapitalised } from '../nlp/find-name-runs.ts';
import type { Term } from '../nlp/tag-terms.ts';
import type { Mention } from './types.ts';

interface Span { start: number; end: number }

/**
 * People a Title Case headline names in full ("Hillary Clinton Goes After Donald Trump") whose surname
 * the body uses alone: the headline gives them their full name, and the surname alone in the body is
 * that person even where it is also a town's name ("Clinton leaned in"). Only a given name compromise
 * knows, followed by one capitalised word, counts: a headline's capitals say nothing else.
 */
export function findHeadlinePeople(terms: readonly Term[], headlines: readonly Span[], mentions: readonly Mention[], text: string): Mention[] {
  const people: Mention[] = [];
  for (const headline of headlines) {
    const inside = terms.filter((term) => term.start >= headline.start && term.end <= headline.end);
    inside.forEach((first, k) => {
      const last = inside[k + 1];
      if (!last || !first.tags.has('FirstName') || !isCapitalised(first.text) || !isCapitalised(last.text)) return;
      if (!/^ $/.test(text.slice(first.end, last.start)) || !(last.tags.has('LastName') || last.tags.has('ProperNoun'))) return;
      const usedAlone = mentions.some((mention) => mention.text === last.text && (mention.start >= headline.end || mention.end <= headline.start));
      if (!usedAlone || mentions.some((mention) => mention.start <= first.start && last.end <= mention.end)) return;
      people.push({
        start: first.start, end: last.end, text: text.slice(first.start, last.end), type: 'Person', known: null,
        role: null, titledText: null, guessed: false, acronymOf: null,
      });
    });
  }
  return people;
}

/** The body's mentions of a headline person's surname, typed as that person when a word list said otherwise. */
export function retypeSurnames(mentions: readonly Mention[], people: readonly Mention[]): Mention[] {
  const surnames = new Set(people.map((person) => person.text.split(' ').at(-1)!));
  return mentions.map((mention) => (surnames.has(mention.text) && mention.type !== 'Person'
    ? { ...mention, type: 'Person', known: null, guessed: false } : mention));
}
