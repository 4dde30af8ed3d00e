const STORAGE_KEY = 'newsgraph.cypher-history';
const MAX_ENTRIES = 20;

/** The queries run in the console, latest first, kept in the browser between visits. */
export interface QueryHistory {
  list(): string[];
  /** Puts the query first, once; the oldest fall off past the limit. */
  add(query: string): string[];
}

/**
 * Returns a history kept in `storage` (localStorage in the page); unreadable or blocked storage
 * gives an empty history instead of an error.
 * @example createQueryHistory(window.localStorage).add('MATCH (n) RETURN n LIMIT 5')
 */
export function createQueryHistory(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined): QueryHistory {
  const list = (): string[] => {
    try {
      const parsed: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter((entry): entry is string => typeof entry === 'string') : [];
    } catch (error) {
      console.warn('The saved Cypher history could not be read; starting a new one.', error);
      return [];
    }
  };
  return {
    list,
    add(query) {
      const entries = [query, ...list().filter((entry) => entry !== query)].slice(0, MAX_ENTRIES);
      try {
        storage?.setItem(STORAGE_KEY, JSON.stringify(entries));
      } catch (error) {
        // private windows and full quotas refuse writes: the history then lasts for this page only
        console.warn('The Cypher history could not be saved.', error);
      }
      return entries;
    },
  };
}
