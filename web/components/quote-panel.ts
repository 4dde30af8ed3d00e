import type { EntitySummary } from '../../contract/entities.ts';
import type { QuoteFilters, QuoteView } from '../../contract/quotes.ts';
import type { ApiClient } from '../api-client.ts';
import { h } from '../dom.ts';
import { createQuoteList } from './quote-list.ts';

const PAGE_SIZE = 20;

/** The side panel of the who-said-what view: the quotes behind an edge or a node, a page at a time. */
export interface QuotePanel {
  showPlaceholder(): void;
  /** Loads and lists the quotes matching the filter under this title. */
  showQuotes(title: string, filter: Partial<QuoteFilters>): Promise<void>;
  /** Lists several filters' quotes under one title, each under its own heading, e.g. what one entity said and what was said about it. */
  showQuoteSections(title: string, sections: readonly { heading: string; filter: Partial<QuoteFilters> }[]): Promise<void>;
}

/** The panel's text before anything is chosen. */
export interface QuotePanelPlaceholder {
  title: string;
  text: string;
  hints: readonly [action: string, result: string][];
}

const SAID_ABOUT_PLACEHOLDER: QuotePanelPlaceholder = {
  title: 'Who said what about whom',
  text: 'Each arrow goes from a speaker to the one they spoke about; the thicker, the more quotes.',
  hints: [
    ['Click', ' an arrow: its quotes'],
    ['Click', ' a node: its quotes'],
    ['', 'Narrow with the Speaker and About boxes above the graph'],
  ],
};

/** Returns the quote panel rendered into `root`; speaker names in it ask `onFocus` to show that entity. */
export function mountQuotePanel(
  root: HTMLElement,
  api: Pick<ApiClient, 'findQuotes'>,
  onFocus: (entity: EntitySummary) => void,
  { onFixSpeaker, placeholder = SAID_ABOUT_PLACEHOLDER }: { onFixSpeaker?: (quote: QuoteView) => void; placeholder?: QuotePanelPlaceholder } = {},
): QuotePanel {
  let request = 0;
  const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

  async function loadPage(filter: Partial<QuoteFilters>, cursor: number | undefined, list: HTMLElement, mine: number): Promise<void> {
    const more = h('p', { class: 'panel-loading', role: 'status' }, [h('span', { class: 'spinner' }), 'Loading quotes…']);
    list.append(more);
    try {
      const page = await api.findQuotes({ ...filter, cursor, limit: PAGE_SIZE });
      if (mine !== request) return;
      more.remove();
      if (page.quotes.length === 0 && cursor === undefined) {
        list.append(h('p', { class: 'muted' }, ['No quotes found for this choice.']));
        return;
      }
      list.append(createQuoteList(page.quotes, { show: 'speaker', emptyText: '', onFocus, onFixSpeaker }));
      if (page.nextCursor !== null) {
        const next = h('button', { type: 'button', class: 'button' }, ['More quotes']);
        const cursorNext = page.nextCursor;
        next.addEventListener('click', () => {
          next.remove();
          void loadPage(filter, cursorNext, list, mine);
        });
        list.append(next);
      }
    } catch (error) {
      if (mine !== request) return;
      more.replaceWith(h('div', { class: 'panel-error', role: 'alert' }, [h('h2', {}, ['Could not load the quotes']), h('p', {}, [describe(error)])]));
    }
  }

  return {
    showPlaceholder() {
      request++;
      root.replaceChildren(
        h('div', { class: 'panel-placeholder' }, [
          h('h2', {}, [placeholder.title]),
          h('p', {}, [placeholder.text]),
          h('ul', { class: 'hints' }, placeholder.hints.map(([action, result]) => h('li', {}, [action ? h('kbd', {}, [action]) : null, result]))),
        ]),
      );
    },
    async showQuotes(title, filter) {
      const mine = ++request;
      const list = h('div', { class: 'quote-panel-list' });
      root.replaceChildren(h('header', { class: 'panel-header' }, [h('p', { class: 'type-badge' }, ['Quotes']), h('h2', { class: 'entity-name' }, [title])]), list);
      root.scrollTop = 0;
      await loadPage(filter, undefined, list, mine);
    },
    async showQuoteSections(title, sections) {
      const mine = ++request;
      const lists = sections.map(() => h('div', { class: 'quote-panel-list' }));
      root.replaceChildren(
        h('header', { class: 'panel-header' }, [h('p', { class: 'type-badge' }, ['Quotes']), h('h2', { class: 'entity-name' }, [title])]),
        ...sections.flatMap((section, index) => [h('h3', { class: 'section-title' }, [section.heading]), lists[index]!]),
      );
      root.scrollTop = 0;
      await Promise.all(sections.map((section, index) => loadPage(section.filter, undefined, lists[index]!, mine)));
    },
  };
}
