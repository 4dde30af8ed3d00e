import type { DocumentView } from '../../contract/documents.ts';
import { h } from '../dom.ts';
import { formatUrlState } from '../navigation/url-state.ts';
import { createSwatch } from './legend.ts';

/** Returns the document view's side panel: how highlights read, and the entities the article mentions, most first. */
export function createDocumentSide(doc: DocumentView): Node[] {
  const counts = new Map<string, { id: string; name: string; type: string; count: number }>();
  for (const mention of doc.mentions) {
    const entry = counts.get(mention.entityId) ?? { id: mention.entityId, name: mention.name, type: mention.type, count: 0 };
    entry.count++;
    counts.set(mention.entityId, entry);
  }
  const entities = [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const speakers = new Set(doc.quotes.map((quote) => quote.speaker?.name).filter(Boolean));
  return [
    h('header', { class: 'panel-header' }, [h('p', { class: 'type-badge' }, ['Article']), h('h2', { class: 'entity-name' }, ['In this article'])]),
    h('dl', { class: 'facts' }, [
      fact(doc.mentions.length, 'mentions'),
      fact(entities.length, 'entities'),
      fact(doc.quotes.length, 'quotes'),
      fact(speakers.size, 'speakers'),
    ]),
    h('p', { class: 'muted document-hint' }, [
      h('span', { class: 'is-quote legend-quote' }, ['shaded']),
      ' text is a quote, ',
      h('span', { class: 'is-reported legend-reported' }, ['underlined']),
      ' a reported statement (hover for the speaker); coloured names are mentions: click one to see it in the graph.',
    ]),
    h('h3', { class: 'section-title' }, [`Entities (${entities.length})`]),
    h(
      'ul',
      { class: 'legend-list document-entities' },
      entities.map((entity) =>
        h('li', {}, [
          createSwatch(entity.type),
          h('a', { class: 'entity-link filter-name', href: formatUrlState({ view: 'graph', entity: entity.id }) }, [entity.name]),
          h('span', { class: 'filter-count', title: 'mentions in this article' }, [String(entity.count)]),
        ]),
      ),
    ),
  ];
}

function fact(value: number, label: string): HTMLElement {
  return h('div', { class: 'fact' }, [h('dt', {}, [label]), h('dd', {}, [String(value)])]);
}
