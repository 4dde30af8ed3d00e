import type { QuoteView } from '../../contract/quotes.ts';
import { h } from '../dom.ts';

/** Below this a quote's speaker is marked as doubtful even when no threshold is set. */
const LOW_CONFIDENCE = 0.7;

// the cues the quote finder (ingest/nlp/data/quote-speaker-cues.tsv) and the reported-speech finder name, in a reader's words
const RULE_WORDS: Record<string, string> = {
  'according-to-head': 'named by "according to" before the words',
  'according-to-tail': 'named by "according to" after the words',
  'cue-verb': 'the subject of a verb of saying',
  'cue-clause': 'who a verb or noun of saying or of a stance points to (Marsh criticized …, calling for …, her attacks on …)',
  'headline-source': 'named as the source in the headline',
  'headline-cue': 'named as the source in the headline, before a verb (Marsh Backs …)',
  'speaker-verb-head': 'named before "said" that opens the words',
  'speaker-denies': 'named before "denies" that opens the words: what the speaker denies, not says',
  'speaker-verb-tail': 'named with "said" after the words',
  'according-to': 'named by "according to"',
  'carried-over': 'the speaker of the quote this one continues',
  'clause-after': 'named in the clause after the quote ("…," Marsh said)',
  'clause-before': 'named in the clause before the quote (Marsh said, "…")',
  'colon-before': 'named before a colon that opens the quote',
  'inside-quote': 'named inside the quote itself',
  'paragraph-before': 'named in the paragraph before',
  'place-not-speaking': 'a place was named, and places do not speak',
  'event-not-speaking': 'an event was named, and events do not speak',
  'quote-before': 'the speaker of the quote just before',
  'quoting-person': 'the person the sentence says is quoted',
  'reported-before': 'reported speaking in the sentence before the quote',
  'transcript-label': 'the name labelling a transcript line (SMITH: …)',
  'speech-owner': 'the owner of the speech or statement the quote is from',
  'quote-after': 'named after the next quote in the paragraph',
  'paragraph-source': 'the source the paragraph names',
  'name-in-quotes': 'a name in quotation marks ("named “…”"), said by no one',
  'sentence-before': 'named in the sentence before',
  none: 'no cue in the text named a speaker',
  correction: 'set by hand in a correction',
};

/** Whether the speaker denies the words rather than says them ("Turkey denies that the crime was a genocide"). */
export function isDenied(quote: Pick<QuoteView, 'rule'>): boolean {
  return quote.rule === 'speaker-denies' || quote.rule === 'speaker-denies-resolved';
}

/** Returns a rule in plain words, e.g. "named in the clause after the quote …, then traced from "he" or a title to the name". */
export function describeRule(rule: string | null): string {
  if (rule === null) return 'stored before the reason for each speaker was kept';
  const resolved = rule.endsWith('-resolved');
  const base = resolved ? rule.slice(0, -'-resolved'.length) : rule;
  const words = RULE_WORDS[base] ?? `rule "${base}"`;
  return resolved ? `${words}, then traced from a pronoun or title to the name` : words;
}

/** Returns the chip that shows how sure the speaker is ("0.92", marked when low), the rule as its title; null when unknown. */
export function createConfidenceChip(quote: Pick<QuoteView, 'rule' | 'confidence'>): HTMLElement | null {
  if (quote.confidence === null) return null;
  const low = quote.confidence < LOW_CONFIDENCE;
  return h(
    'span',
    {
      class: low ? 'tag tag-confidence tag-confidence-low' : 'tag tag-confidence',
      title: `Speaker ${describeRule(quote.rule)}; this cue is right ${Math.round(quote.confidence * 100)}% of the time`,
    },
    [low ? `⚠ ${quote.confidence.toFixed(2)}` : quote.confidence.toFixed(2)],
  );
}

// One setting of the explorer read by every quote list, wherever a panel made it (graph, who-said-what, timeline).
let threshold = 0;
const listeners = new Set<(value: number) => void>();

/** The current quote threshold: quotes whose confidence is below it are hidden (0 shows all). */
export function getQuoteThreshold(): number {
  return threshold;
}

/** Sets the threshold, hides what is below it in every quote list under `root`, and tells the listeners. */
export function setQuoteThreshold(value: number, root: ParentNode = document): void {
  threshold = value;
  for (const list of root.querySelectorAll<HTMLElement>('ol.quote-list')) applyQuoteThreshold(list);
  for (const listener of listeners) listener(value);
}

/** Calls `listener` with each new threshold; returns the unsubscribe. */
export function onQuoteThresholdChange(listener: (value: number) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Hides the quotes of a list below the threshold and opens the list with a line saying how many and how
 * to show them, where it is seen before the quotes that are left. A quote of unknown confidence is never hidden, as relations of unknown confidence are not.
 */
export function applyQuoteThreshold(list: HTMLElement): void {
  let hidden = 0;
  for (const item of list.querySelectorAll<HTMLElement>(':scope > li[data-confidence]')) {
    item.hidden = Number(item.dataset.confidence) < threshold;
    if (item.hidden) hidden++;
  }
  list.querySelector(':scope > .quote-hidden-note')?.remove();
  if (hidden === 0) return;
  const show = h('button', { type: 'button', class: 'link-button' }, ['Show them']);
  show.addEventListener('click', () => setQuoteThreshold(0));
  list.prepend(
    h('li', { class: 'quote-hidden-note muted', role: 'note' }, [
      `${hidden} quote${hidden === 1 ? '' : 's'} below confidence ${threshold} hidden (the graph toolbar's Confidence menu). `,
      show,
    ]),
  );
}
