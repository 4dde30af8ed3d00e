import { formatUrlState, parseUrlState, patchUrlState } from './url-state.ts';
import type { UrlState } from './url-state.ts';

/** Keeps the explorer's state in the location hash, so a link restores it and back/forward move through it. */
export interface UrlRouter {
  current(): UrlState;
  /** Adds a history entry for the patched state (or, with `replace`, rewrites the current one) and applies it. */
  navigate(patch: Partial<UrlState>, options?: { replace?: boolean }): void;
  /** Records what the page already shows, without applying it again; `replace` keeps the history short. */
  record(patch: Partial<UrlState>, options?: { replace?: boolean }): void;
  /** Applies the state in the URL now: call once when the views are ready. */
  start(): void;
}

/**
 * Returns a router that calls `apply(next, previous)` for every state change that did not come from `record`.
 * @example const router = createUrlRouter((state, previous) => views.apply(state, previous));
 */
export function createUrlRouter(apply: (state: UrlState, previous: UrlState | undefined) => void): UrlRouter {
  let applied: UrlState | undefined;
  const change = (next: UrlState): void => {
    const previous = applied;
    applied = next;
    apply(next, previous);
  };
  const write = (next: UrlState, replace: boolean): boolean => {
    const hash = formatUrlState(next);
    if (hash === window.location.hash) return false;
    if (replace) window.history.replaceState(null, '', hash);
    else window.history.pushState(null, '', hash);
    return true;
  };
  // back/forward fire popstate; a typed or clicked #link fires both popstate and hashchange
  const onLocationChange = (): void => {
    const next = parseUrlState(window.location.hash);
    if (applied && formatUrlState(next) === formatUrlState(applied)) return;
    change(next);
  };

  const current = (): UrlState => applied ?? parseUrlState(window.location.hash);

  return {
    current,
    navigate(patch, options = {}) {
      const next = patchUrlState(current(), patch);
      write(next, options.replace ?? false);
      change(next);
    },
    record(patch, options = {}) {
      const next = patchUrlState(current(), patch);
      write(next, options.replace ?? false);
      applied = next;
    },
    start() {
      window.addEventListener('popstate', onLocationChange);
      window.addEventListener('hashchange', onLocationChange);
      change(parseUrlState(window.location.hash));
    },
  };
}
