import type { EntitySummary } from '../../contract/entities.ts';
import { h } from '../dom.ts';
import { createSwatch } from './legend.ts';

/** The listbox under the search input: shows entities, moves the active one, picks it. */
export interface SuggestionList {
  show(entities: EntitySummary[]): void;
  /** Shows a line of text instead of entities: no match, or an error. */
  showMessage(text: string): void;
  close(): void;
  /** Moves the active suggestion by one, wrapping; false when there is nothing to move through. */
  move(step: 1 | -1): boolean;
  /** Picks the active suggestion, or the first if none is active; false when the list is empty. */
  pickActive(): boolean;
}

/** Returns a suggestion list placed after the input, wired to it with combobox ARIA attributes. */
export function createSuggestionList(input: HTMLInputElement, onPick: (entity: EntitySummary) => void): SuggestionList {
  const list = h('ul', { id: `${input.id}-suggestions`, class: 'suggestions', role: 'listbox', hidden: true });
  input.after(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  let entities: EntitySummary[] = [];
  let active = -1;

  const render = (items: HTMLLIElement[]): void => {
    list.replaceChildren(...items);
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(items.length > 0));
    const activeItem = active >= 0 ? items[active] : undefined;
    if (activeItem) input.setAttribute('aria-activedescendant', activeItem.id);
    else input.removeAttribute('aria-activedescendant');
    activeItem?.scrollIntoView({ block: 'nearest' });
  };
  const renderEntities = (): void => render(entities.map((entity, index) => toOption(entity, index, index === active)));
  const pick = (index: number): boolean => {
    const entity = entities[index];
    if (!entity) return false;
    input.value = entity.name;
    entities = [];
    render([]);
    onPick(entity);
    return true;
  };
  const toOption = (entity: EntitySummary, index: number, selected: boolean): HTMLLIElement => {
    const option = h(
      'li',
      { id: `${list.id}-${index}`, class: 'suggestion', role: 'option', 'aria-selected': String(selected), 'data-entity-id': entity.id },
      [
        createSwatch(entity.type),
        h('span', { class: 'suggestion-name' }, [entity.name]),
        h('span', { class: 'suggestion-meta' }, [`${entity.type} · ${entity.mentions}`]),
      ],
    );
    // mousedown, not click: a click would blur the input and close the list first
    option.addEventListener('mousedown', (event) => {
      event.preventDefault();
      pick(index);
    });
    return option;
  };

  return {
    show(found) {
      entities = found;
      active = -1;
      renderEntities();
    },
    showMessage(text) {
      entities = [];
      active = -1;
      render([h('li', { class: 'suggestion-message', role: 'option', 'aria-disabled': 'true' }, [text])]);
    },
    close() {
      entities = [];
      active = -1;
      render([]);
    },
    move(step) {
      if (entities.length === 0) return false;
      active = active < 0 && step < 0 ? entities.length - 1 : (active + step + entities.length) % entities.length;
      renderEntities();
      return true;
    },
    pickActive: () => pick(Math.max(active, 0)),
  };
}
