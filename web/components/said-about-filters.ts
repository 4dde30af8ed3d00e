import type { EntitySummary } from '../../contract/entities.ts';
import type { SaidAboutCell } from '../../contract/said-about.ts';
import type { ApiClient } from '../api-client.ts';
import { h } from '../dom.ts';
import { mountSearchBox } from './search-box.ts';

/** What narrows the who-said-what graph; `entity` means "by or about", the others one side each. */
export interface SaidAboutFilter {
  speaker?: string;
  subject?: string;
  entity?: string;
}

/** The filter bar over the who-said-what graph: a speaker box, a subject box, and what is chosen. */
export interface SaidAboutFilters {
  show(filter: SaidAboutFilter): void;
  /** Remembers the names in these cells, to show chosen ids by name. */
  learnNames(cells: readonly SaidAboutCell[]): void;
}

/** Returns the filter bar rendered into `root`; choosing or clearing asks `onFilter` for the new filter. */
export function mountSaidAboutFilters(
  root: HTMLElement,
  api: Pick<ApiClient, 'searchEntities'>,
  onFilter: (filter: SaidAboutFilter) => void,
): SaidAboutFilters {
  const names = new Map<string, string>();
  let current: SaidAboutFilter = {};
  const field = (side: 'speaker' | 'subject', label: string) => {
    const input = h('input', { id: `said-about-${side}`, class: 'filter-input', type: 'search', autocomplete: 'off', spellcheck: 'false', placeholder: 'anyone' });
    const clear = h('button', { type: 'button', class: 'button button-small', 'aria-label': `Clear the ${side}`, hidden: true }, ['×']);
    const box = h('div', { class: 'search filter-search' }, [input]);
    mountSearchBox(input, api, (entity: EntitySummary) => {
      names.set(entity.id, entity.name);
      onFilter({ ...current, entity: undefined, [side]: entity.id });
    });
    clear.addEventListener('click', () => onFilter({ ...current, [side]: undefined }));
    const wrapper = h('div', { class: 'filter-field' }, [h('label', { for: input.id, class: 'filter-label' }, [label]), box, clear]);
    return { input, clear, wrapper };
  };
  const speaker = field('speaker', 'Speaker');
  const subject = field('subject', 'About');
  const entityChip = h('p', { class: 'filter-chip', hidden: true });
  const reset = h('button', { type: 'button', class: 'button' }, ['Everyone']);
  reset.addEventListener('click', () => onFilter({}));
  root.replaceChildren(speaker.wrapper, h('span', { class: 'filter-arrow', 'aria-hidden': 'true' }, ['→']), subject.wrapper, entityChip, reset);

  const nameOf = (id: string): string => names.get(id) ?? id;
  return {
    show(filter) {
      current = filter;
      for (const [side, parts] of [['speaker', speaker], ['subject', subject]] as const) {
        const id = filter[side];
        if (document.activeElement !== parts.input) parts.input.value = id ? nameOf(id) : '';
        parts.clear.hidden = !id;
      }
      entityChip.hidden = !filter.entity;
      if (filter.entity) {
        const clear = h('button', { type: 'button', class: 'button button-small', 'aria-label': 'Show everyone' }, ['×']);
        clear.addEventListener('click', () => onFilter({}));
        entityChip.replaceChildren('By or about ', h('strong', {}, [nameOf(filter.entity)]), ' ', clear);
      }
    },
    learnNames(cells) {
      for (const cell of cells) {
        names.set(cell.speaker.id, cell.speaker.name);
        names.set(cell.subject.id, cell.subject.name);
      }
    },
  };
}
