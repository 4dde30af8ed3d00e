import type { EntitySummary } from '../../contract/entities.ts';
import type { ApiClient } from '../api-client.ts';
import { createSuggestionList } from './suggestion-list.ts';

const DEBOUNCE_MS = 150;
const SUGGESTION_LIMIT = 8;

/**
 * Wires a search input as a combobox: suggestions as you type, ArrowUp/ArrowDown to move,
 * Enter or a click to pick, Escape to close. `onPick` gets the chosen entity.
 * @example mountSearchBox(input, api, (entity) => explorer.focusEntity(entity))
 */
export function mountSearchBox(
  input: HTMLInputElement,
  api: Pick<ApiClient, 'searchEntities'>,
  onPick: (entity: EntitySummary) => void,
): void {
  const suggestions = createSuggestionList(input, onPick);
  let latestRequest = 0;
  let timer: number | undefined;
  /** The list shows the answer to an older text than the input's. */
  let stale = false;

  // answers can arrive out of order: only the latest request may fill the list
  const search = async (query: string, pickBest: boolean): Promise<void> => {
    const request = ++latestRequest;
    try {
      const found = await api.searchEntities(query, { limit: SUGGESTION_LIMIT });
      if (request !== latestRequest) return;
      stale = false;
      suggestions.show(found);
      if (found.length === 0) suggestions.showMessage(`No entity matches “${query}”`);
      else if (pickBest) suggestions.pickActive();
    } catch (error) {
      if (request === latestRequest) suggestions.showMessage(`Search failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const searchNow = (pickBest: boolean): void => {
    window.clearTimeout(timer);
    const query = input.value.trim();
    if (query !== '') void search(query, pickBest);
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    stale = true;
    if (input.value.trim() === '') {
      latestRequest++;
      suggestions.close();
    } else {
      timer = window.setTimeout(() => searchNow(false), DEBOUNCE_MS);
    }
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (suggestions.move(event.key === 'ArrowDown' ? 1 : -1)) event.preventDefault();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // Enter before the suggestions for this text arrived: search now and take the best match
      if (stale || !suggestions.pickActive()) searchNow(true);
    } else if (event.key === 'Escape') {
      suggestions.close();
    }
  });
  input.addEventListener('blur', () => suggestions.close());
}
