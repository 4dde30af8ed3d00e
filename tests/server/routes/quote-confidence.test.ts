import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../../model/extraction.ts';
import { createApp } from '../../../server/app.ts';
import { listenOnFreePort } from './listen.fixtures.ts';
import { createEmbeddedGraphStore } from '../../../store/embedded/graph-store-embedded.ts';
import type { GraphStore } from '../../../store/graph-store.ts';

const TEXT = '"The levy stays," Ada Marsh said. "It goes," she added.';
const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

/** One quote whose speaker a reliable cue decided, one a weak one. */
const levyArticle: Extraction = {
  document: { id: 'd'.repeat(64), title: 'Levy', date: '2026-11-10', source: 'levy.txt' },
  entities: [{ id: 'person:ada-marsh', type: 'Person', name: 'Ada Marsh', aliases: [], mentions: [at('Ada Marsh')] }],
  quotes: [
    { ...at('"The levy stays,"'), text: 'The levy stays,', kind: 'direct', speaker: 'person:ada-marsh', via: null, about: [], rule: 'clause-after', confidence: 0.93 },
    { ...at('"It goes,"'), text: 'It goes,', kind: 'direct', speaker: 'person:ada-marsh', via: null, about: [], rule: 'clause-after-resolved', confidence: 0.41 },
  ],
  relations: [],
  events: [],
};

let store: GraphStore;
let base: string;
let close: () => Promise<void>;

beforeAll(async () => {
  store = await createEmbeddedGraphStore({ path: ':memory:' });
  await store.writeExtraction(levyArticle, { source: 'levy.txt', ingestedAt: '2026-11-23T00:00:00Z', text: TEXT });
  ({ api: base, close } = await listenOnFreePort(createApp({ store, log: () => undefined })));
});

afterAll(async () => {
  await close();
  await store.close();
});

async function get(path: string) {
  const response = await fetch(base + path);
  return { status: response.status, body: await response.json() };
}

describe('quote confidence in the API', () => {
  it('gives every quote its rule and confidence in quote pages, entity quote lists and the document view', async () => {
    const expected = [['clause-after', 0.93], ['clause-after-resolved', 0.41]];
    const pick = (quotes: { rule: string | null; confidence: number | null }[]) => quotes.map((quote) => [quote.rule, quote.confidence]);
    expect(pick((await get('/quotes')).body.quotes)).toEqual(expected);
    expect(pick((await get('/entities/person%3Aada-marsh/quotes')).body.said)).toEqual(expected);
    expect(pick((await get(`/documents/${'d'.repeat(64)}`)).body.quotes)).toEqual(expected);
  });

  it('keeps only the quotes at or above ?minConfidence', async () => {
    expect((await get('/quotes?minConfidence=0.8')).body.quotes.map((quote: { text: string }) => quote.text)).toEqual(['The levy stays,']);
    expect((await get('/quotes?minConfidence=0.41')).body.quotes).toHaveLength(2);
  });

  it.each(['1.5', '-0.1', 'high'])('rejects ?minConfidence=%s with 400 INVALID_INPUT naming the field', async (value) => {
    expect(await get(`/quotes?minConfidence=${value}`)).toMatchObject({
      status: 400,
      body: { code: 'INVALID_INPUT', message: expect.stringContaining('"minConfidence"') },
    });
  });
});
