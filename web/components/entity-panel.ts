import type { QuoteView } from '../../contract/quotes.ts';
import type { EntityDetail, EntitySummary } from '../../contract/entities.ts';
import type { EntityQuotes } from '../../contract/quotes.ts';
import { h } from '../dom.ts';
import type { NodeData } from '../graph/to-elements.ts';
import { createSwatch } from './legend.ts';
import { createDocumentLink, createEntityLink, createQuoteList } from './quote-list.ts';

/** What the panel's links and buttons ask for. */
export interface EntityPanelHandlers {
  onFocus(entity: EntitySummary): void;
  onExpand(id: string): void;
  /** Opens who said what about whom, narrowed to this entity. */
  onSaidAbout(id: string): void;
  /** Its quotes and events over time. */
  onTimeline(id: string): void;
  onHide(id: string): void;
  /** Pins or frees the node; returns whether it is pinned now. */
  onTogglePin(id: string): boolean;
  isPinned(id: string): boolean;
  /** Editing is on: a quote's speaker can be corrected. */
  onFixSpeaker?(quote: QuoteView): void;
}

/** The side panel: what is known about the selected node. Renders only; callers fetch. */
export interface EntityPanel {
  showPlaceholder(): void;
  showLoading(name: string): void;
  showEntity(entity: EntityDetail, quotes: EntityQuotes): void;
  /** For nodes the API has no detail for (documents, quotes): their own properties. */
  showNode(node: NodeData): void;
  showError(title: string, message: string): void;
}

/** Returns the entity panel rendered into `root`. */
export function mountEntityPanel(root: HTMLElement, handlers: EntityPanelHandlers): EntityPanel {
  const render = (...children: Node[]): void => {
    root.replaceChildren(...children);
    root.scrollTop = 0;
  };
  const header = (name: string, type: string, kind?: string | null): HTMLElement =>
    h('header', { class: 'panel-header' }, [
      h('p', { class: 'type-badge' }, [createSwatch(type), kind ? `${type} · ${kind}` : type]),
      h('h2', { class: 'entity-name' }, [name]),
    ]);

  return {
    showPlaceholder() {
      render(
        h('div', { class: 'panel-placeholder' }, [
          h('h2', {}, ['Nothing selected']),
          h('p', {}, ['Click a node to see who it is, what they said and what was said about them.']),
          h('ul', { class: 'hints' }, [
            h('li', {}, [h('kbd', {}, ['Click']), ' details']),
            h('li', {}, [h('kbd', {}, ['Double-click']), ' expand neighbours']),
            h('li', {}, [h('kbd', {}, ['/']), ' search']),
          ]),
        ]),
      );
    },
    showLoading(name) {
      render(h('div', { class: 'panel-loading', role: 'status' }, [h('span', { class: 'spinner' }), `Loading ${name}…`]));
    },
    showEntity(entity, quotes) {
      render(
        header(entity.name, entity.type, entity.kind),
        createFacts(entity),
        createActions(entity.id, handlers),
        ...createAliasesAndRoles(entity, handlers.onFocus),
        h('h3', { class: 'section-title' }, [`Quotes by ${entity.name} (${quotes.said.length})`]),
        createQuoteList(quotes.said, { show: 'about', emptyText: 'No quotes from this entity.', onFocus: handlers.onFocus, onFixSpeaker: handlers.onFixSpeaker }),
        h('h3', { class: 'section-title' }, [`Quotes about ${entity.name} (${quotes.about.length})`]),
        createQuoteList(quotes.about, { show: 'speaker', emptyText: 'No quotes about this entity.', onFocus: handlers.onFocus, onFixSpeaker: handlers.onFixSpeaker }),
        ...createDocuments(entity),
      );
    },
    showNode(node) {
      const rows = Object.entries(node.properties)
        .filter(([key, value]) => key !== 'id' && value !== node.name)
        // long text (a document's body) last, after the short facts
        .sort(([, a], [, b]) => Number(typeof a === 'string' && a.length > 200) - Number(typeof b === 'string' && b.length > 200));
      render(
        header(node.name, node.type),
        h('dl', { class: 'properties' }, rows.flatMap(([key, value]) => [h('dt', {}, [key]), h('dd', {}, [formatValue(value)])])),
      );
    },
    showError(title, message) {
      render(h('div', { class: 'panel-error', role: 'alert' }, [h('h2', {}, [title]), h('p', {}, [message])]));
    },
  };
}

function createActions(id: string, handlers: EntityPanelHandlers): HTMLElement {
  const button = (label: string, title: string, onClick: (button: HTMLButtonElement) => void): HTMLButtonElement => {
    const element = h('button', { type: 'button', class: 'button', title }, [label]);
    element.addEventListener('click', () => onClick(element));
    return element;
  };
  const pinLabel = (pinned: boolean): string => (pinned ? 'Unpin' : 'Pin');
  return h('div', { class: 'panel-actions' }, [
    button('Expand', 'Add its neighbours to the graph (double-click does the same)', () => handlers.onExpand(id)),
    button('Who said what', 'Who it spoke about, and who spoke about it', () => handlers.onSaidAbout(id)),
    button('Timeline', 'Its quotes, the statements reported of it and its events, per week', () => handlers.onTimeline(id)),
    button(pinLabel(handlers.isPinned(id)), 'Keep the node where it is when the graph is laid out again', (element) => {
      element.textContent = pinLabel(handlers.onTogglePin(id));
    }),
    button('Hide', 'Hide the node from the graph until “Show hidden”', () => handlers.onHide(id)),
  ]);
}

function createFacts(entity: EntityDetail): HTMLElement {
  const fact = (value: number, label: string): HTMLElement =>
    h('div', { class: 'fact' }, [h('dt', {}, [label]), h('dd', {}, [String(value)])]);
  return h('dl', { class: 'facts' }, [
    fact(entity.mentions, 'mentions'),
    fact(entity.documents.length, 'documents'),
    fact(entity.quotesSaid, 'quotes by'),
    fact(entity.quotesAbout, 'quotes about'),
  ]);
}

function createAliasesAndRoles(entity: EntityDetail, onFocus: (entity: EntitySummary) => void): HTMLElement[] {
  const sections: HTMLElement[] = [];
  const aliases = entity.aliases.filter((alias) => alias !== entity.name);
  if (aliases.length > 0) {
    sections.push(h('h3', { class: 'section-title' }, ['Also called']));
    sections.push(h('ul', { class: 'chips' }, aliases.map((alias) => h('li', { class: 'chip' }, [alias]))));
  }
  if (entity.roles.length > 0) {
    sections.push(h('h3', { class: 'section-title' }, ['Roles']));
    sections.push(
      h(
        'ul',
        { class: 'roles' },
        entity.roles.map(({ role, organization }) =>
          h('li', {}, [role ? `${role}, ` : 'Affiliated with ', createEntityLink(organization, onFocus)]),
        ),
      ),
    );
  }
  return sections;
}

function createDocuments(entity: EntityDetail): HTMLElement[] {
  if (entity.documents.length === 0) return [];
  return [
    h('h3', { class: 'section-title' }, [`Documents (${entity.documents.length})`]),
    h(
      'ul',
      { class: 'documents' },
      entity.documents.map((doc) => h('li', {}, [createDocumentLink(doc)])),
    ),
  ];
}

function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value.length > 600 ? `${value.slice(0, 600)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
