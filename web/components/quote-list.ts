import type { EntitySummary } from '../../contract/entities.ts';
import type { QuoteView } from '../../contract/quotes.ts';
import { formatDate, h } from '../dom.ts';
import { formatUrlState } from '../navigation/url-state.ts';
import { applyQuoteThreshold, createConfidenceChip, isDenied } from './quote-confidence.ts';

/** Returns a button that names an entity and asks to focus it in the graph. */
export function createEntityLink(entity: EntitySummary, onFocus: (entity: EntitySummary) => void): HTMLButtonElement {
  const link = h('button', { type: 'button', class: 'entity-link', title: `Show ${entity.name} in the graph` }, [entity.name]);
  link.addEventListener('click', () => onFocus(entity));
  return link;
}

export interface QuoteListOptions {
  show: 'speaker' | 'about';
  emptyText: string;
  onFocus: (entity: EntitySummary) => void;
  /** When given, each quote has a "Wrong speaker?" button that calls it (editing is on). */
  onFixSpeaker?: (quote: QuoteView) => void;
}

/**
 * Returns a list of quotes, each with its speaker (or what it is about) and its document. A reported
 * statement (kind "indirect") is set apart: no quotation marks, and a "reported" tag.
 */
export function createQuoteList(quotes: readonly QuoteView[], options: QuoteListOptions): HTMLElement {
  if (quotes.length === 0) return h('p', { class: 'muted' }, [options.emptyText]);
  const list = h(
    'ol',
    { class: 'quote-list' },
    quotes.map((quote) => {
      const reported = quote.kind === 'indirect';
      const fix = options.onFixSpeaker ? h('button', { type: 'button', class: 'link-button quote-fix', title: 'Give this quote to another speaker, or to none' }, ['Wrong speaker?']) : null;
      fix?.addEventListener('click', () => options.onFixSpeaker?.(quote));
      const confidence = quote.confidence === null ? {} : { 'data-confidence': String(quote.confidence) };
      return h('li', { class: reported ? 'quote quote-reported' : 'quote', 'data-quote-id': quote.id, 'data-kind': quote.kind, ...confidence }, [
        reported ? h('span', { class: 'tag tag-reported', title: 'Reported speech: what the article says was said, not in quotation marks' }, ['reported']) : null,
        isDenied(quote) ? h('span', { class: 'tag tag-denied', title: 'The speaker denies these words; they are not what the speaker says' }, ['denied']) : null,
        createConfidenceChip(quote),
        h('blockquote', {}, [quote.text]),
        createAttribution(quote, options),
        fix,
      ]);
    }),
  );
  applyQuoteThreshold(list);
  return list;
}

function createAttribution(quote: QuoteView, options: QuoteListOptions): HTMLElement {
  const who: (Node | string)[] = [];
  if (options.show === 'speaker') {
    who.push('— ', quote.speaker ? createEntityLink(quote.speaker, options.onFocus) : h('span', { class: 'muted' }, ['unattributed']));
    if (quote.via) who.push(` (via ${quote.via})`);
  } else if (quote.about.length > 0) {
    who.push('about ');
    quote.about.forEach((entity, index) => {
      if (index > 0) who.push(', ');
      who.push(createEntityLink(entity, options.onFocus));
    });
  }
  const date = formatDate(quote.document.date);
  return h('p', { class: 'quote-source' }, [
    ...who,
    createDocumentLink(quote.document, 'quote-document document-link'),
  ]);
}

/** Returns a link that opens the document view on this document; the URL alone restores it. */
export function createDocumentLink(doc: { id: string; title: string; date: string | null }, className = 'document-link'): HTMLAnchorElement {
  const date = formatDate(doc.date);
  return h('a', { class: className, href: formatUrlState({ view: 'document', document: doc.id }), title: 'Open the article' }, [
    doc.title || 'Untitled document',
    date ? h('span', { class: 'muted' }, [` · ${date}`]) : null,
  ]);
}
