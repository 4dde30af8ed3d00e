import type { DocumentView } from '../../contract/documents.ts';
import { h } from '../dom.ts';
import { findNodeTypeVisual } from '../graph/node-types.ts';
import { formatUrlState } from '../navigation/url-state.ts';
import { splitIntoSegments } from '../text/highlight-spans.ts';
import { isDenied } from './quote-confidence.ts';
import type { HighlightSpan, TextSegment } from '../text/highlight-spans.ts';

type Mark =
  | { kind: 'mention'; index: number; entityId: string; type: string; name: string }
  | { kind: 'quote'; index: number; speaker: string | null; via: string | null; reported: boolean; denied: boolean };

/**
 * Returns the article text with its mentions coloured by entity type, its quotes shaded and its reported
 * statements underlined in a style of their own; each mention links to its entity in the graph view.
 * Where spans overlap, the innermost mention wins.
 */
export function createDocumentText(doc: DocumentView): HTMLElement {
  const spans: HighlightSpan<Mark>[] = [
    ...doc.mentions.map((mention, index) => ({
      start: mention.start,
      end: mention.end,
      value: { kind: 'mention' as const, index, entityId: mention.entityId, type: mention.type, name: mention.name },
    })),
    ...doc.quotes.map((quote, index) => ({
      start: quote.start,
      end: quote.end,
      value: {
        kind: 'quote' as const, index, speaker: quote.speaker?.name ?? null, via: quote.via, reported: quote.kind === 'indirect', denied: isDenied(quote),
      },
    })),
  ];
  const linked = new Set<number>();
  const pieces = splitIntoSegments(doc.text.length, spans).map((segment) => toPiece(doc.text, segment, linked));
  return h('div', { class: 'document-text' }, pieces);
}

function toPiece(text: string, segment: TextSegment<Mark>, linked: Set<number>): Node {
  const content = text.slice(segment.start, segment.end);
  const marks = segment.spans.map((span) => span.value);
  // innermost first: the link goes to the innermost mention, the title names them all
  const mentions = marks.filter((mark) => mark.kind === 'mention');
  const mention = mentions[0];
  const quote = marks.find((mark) => mark.kind === 'quote');
  if (!mention && !quote) return document.createTextNode(content);
  const titles = mentions.map((each) => `${each.type}: ${each.name}`);
  const said = quote?.denied ? 'Denied' : quote?.reported ? 'Reported statement' : 'Quote';
  if (quote) titles.push(`${said} by ${quote.speaker ?? 'an unknown speaker'}${quote.via ? ` (via ${quote.via})` : ''}`);
  const quoteClass = quote ? (quote.reported ? 'is-reported' : 'is-quote') : '';
  const classes = [mention ? 'mention' : '', quoteClass, mention?.type === 'Event' ? 'is-event' : ''].filter(Boolean).join(' ');
  const attributes = { class: classes, title: titles.join('\n'), 'data-quote': quote ? String(quote.index) : null };
  if (!mention) return h('span', attributes, [content]);
  // one tab stop per mention, even when a quote boundary cuts it in two
  const first = !linked.has(mention.index);
  linked.add(mention.index);
  return h(
    'a',
    {
      ...attributes,
      href: formatUrlState({ view: 'graph', entity: mention.entityId }),
      'data-entity-id': mention.entityId,
      'data-entity-ids': [...new Set(mentions.map((each) => each.entityId))].join(' '),
      'data-type': mention.type,
      tabindex: first ? null : -1,
      style: `--type-colour: ${findNodeTypeVisual(mention.type).colour}`,
    },
    [content],
  );
}
