import { isIsoDay } from '../graph/evidence-filter.ts';

/** The explorer's views, in tab order; the first is shown when the URL names none. */
export const VIEW_NAMES = ['graph', 'said-about', 'agencies', 'timeline', 'document'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

/** What a shared link restores: the view and what was chosen in it. */
export interface UrlState {
  view: ViewName;
  /** The entity selected in the graph, both sides of the who-said-what view, or the one whose timeline is shown. */
  entity?: string;
  /** Who-said-what narrowed to this speaker and/or this subject. */
  speaker?: string;
  subject?: string;
  document?: string;
  /** The Cypher query last run in the console. */
  query?: string;
  /** Every view narrowed to articles dated from and/or to these days (`YYYY-MM-DD`, ends included); the timeline brushes it. */
  from?: string;
  to?: string;
  /** The graph narrowed to what this article shows: a document id. Not `document`, the article the document view opens. */
  article?: string;
  /** Every view replayed as of this day (`YYYY-MM-DD`): only what articles up to it said. */
  asof?: string;
}

const KEYS = ['entity', 'speaker', 'subject', 'document', 'query', 'from', 'to', 'article', 'asof'] as const;
const DAY_KEYS: ReadonlySet<string> = new Set(['from', 'to', 'asof']);

/** True for the names of the explorer's views. */
export function isViewName(value: string | null): value is ViewName {
  return (VIEW_NAMES as readonly (string | null)[]).includes(value);
}

/**
 * Returns the state a location hash describes; unknown views fall back to the graph, empty values
 * and days that are not `YYYY-MM-DD` are dropped.
 * @example parseUrlState('#view=said-about&entity=person%3Ax') // { view: 'said-about', entity: 'person:x' }
 */
export function parseUrlState(hash: string): UrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const view = params.get('view');
  const state: UrlState = { view: isViewName(view) ? view : 'graph' };
  for (const key of KEYS) {
    const value = params.get(key);
    if (value && (!DAY_KEYS.has(key) || isIsoDay(value))) state[key] = value;
  }
  return state;
}

/** Returns the hash for a state, with the view first and empty values left out; `#view=graph` for the bare graph. */
export function formatUrlState(state: UrlState): string {
  const params = new URLSearchParams({ view: state.view });
  for (const key of KEYS) {
    const value = state[key];
    if (value) params.set(key, value);
  }
  return `#${params.toString()}`;
}

/** Returns the state with the patch applied; a key patched to undefined is removed. */
export function patchUrlState(state: UrlState, patch: Partial<UrlState>): UrlState {
  const next: UrlState = { ...state, ...patch };
  for (const key of KEYS) if (next[key] === undefined || next[key] === '') delete next[key];
  return next;
}
