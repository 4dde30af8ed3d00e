/** Where the token is kept: this tab only, gone when it closes; never localStorage. */
const STORAGE_KEY = 'newsgraph.editToken';

/** The edit token, asked for once a tab and kept in sessionStorage. */
export interface EditToken {
  /** The kept token, or the one the user gives now; null when they cancel. */
  get(): Promise<string | null>;
  /** Drops a token the server refused, so the next edit asks again. */
  forget(): void;
}

/** Returns the tab's edit token, asking with `ask` when none is kept. */
export function createEditToken(ask: () => Promise<string | null>, storage: Storage = sessionStorage): EditToken {
  return {
    async get() {
      const kept = storage.getItem(STORAGE_KEY);
      if (kept) return kept;
      const given = (await ask())?.trim();
      if (!given) return null;
      storage.setItem(STORAGE_KEY, given);
      return given;
    },
    forget: () => storage.removeItem(STORAGE_KEY),
  };
}
