import { describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState, patchUrlState } from '../../web/navigation/url-state.ts';
import type { UrlState } from '../../web/navigation/url-state.ts';

describe('parseUrlState', () => {
  it.each([
    ['an empty hash', '', { view: 'graph' }],
    ['a bare #', '#', { view: 'graph' }],
    ['a view and an encoded entity id', '#view=said-about&entity=person%3Ax', { view: 'said-about', entity: 'person:x' }],
    ['an unknown view, as the graph', '#view=calendar&entity=a', { view: 'graph', entity: 'a' }],
    ['the timeline of one entity over a brushed range', '#view=timeline&entity=a&from=2016-03-07&to=2016-04-24', { view: 'timeline', entity: 'a', from: '2016-03-07', to: '2016-04-24' }],
    ['a query with + for spaces', '#view=graph&query=MATCH+(n)+RETURN+n', { view: 'graph', query: 'MATCH (n) RETURN n' }],
    ['empty values, dropped', '#view=document&document=&speaker=', { view: 'document' }],
    ['unknown keys, ignored', '#view=agencies&zoom=3', { view: 'agencies' }],
    ['a date range and an article', '#view=graph&from=2026-10-01&to=2026-11-15&article=ab12', { view: 'graph', from: '2026-10-01', to: '2026-11-15', article: 'ab12' }],
    ['days that are not YYYY-MM-DD, dropped', '#view=graph&from=1+Oct+2026&to=2026-13-45', { view: 'graph' }],
  ])('reads %s', (_case, hash, expected) => {
    expect(parseUrlState(hash)).toEqual(expected);
  });
});

describe('formatUrlState', () => {
  it('writes the view first and leaves out what is not set', () => {
    expect(formatUrlState({ view: 'said-about', entity: 'person:x', subject: undefined })).toBe('#view=said-about&entity=person%3Ax');
  });

  it.each<[string, UrlState]>([
    ['a speaker and a subject', { view: 'said-about', speaker: 'person:a', subject: 'agency:b' }],
    ['a query with quotes, ampersands and line breaks', { view: 'graph', query: "MATCH (p {name: 'A & B'})\nRETURN p" }],
    ['a document', { view: 'document', document: 'ab'.repeat(32) }],
    ['ids with # and =', { view: 'graph', entity: 'odd#id=1' }],
    ['graph filters beside an open document', { view: 'graph', from: '2026-10-01', article: 'cd'.repeat(32), document: 'ab'.repeat(32) }],
  ])('round-trips %s through parseUrlState', (_case, state) => {
    expect(parseUrlState(formatUrlState(state))).toEqual(state);
  });
});

describe('patchUrlState', () => {
  it('removes the keys patched to undefined and keeps the others', () => {
    const state: UrlState = { view: 'graph', entity: 'person:a', query: 'MATCH (n) RETURN n' };

    expect(patchUrlState(state, { view: 'said-about', entity: undefined })).toEqual({ view: 'said-about', query: 'MATCH (n) RETURN n' });
  });
});

describe('the "as of" day in the URL', () => {
  it('keeps a YYYY-MM-DD day and drops anything else, like the date range', () => {
    expect(parseUrlState('#view=graph&asof=2016-03-01').asof).toBe('2016-03-01');
    expect(parseUrlState('#view=graph&asof=March').asof).toBeUndefined();
    expect(formatUrlState({ view: 'timeline', asof: '2016-03-01' })).toBe('#view=timeline&asof=2016-03-01');
  });
});
