import { beforeEach, describe, expect, it } from 'vitest';
import type { Extraction } from '../../model/extraction.ts';
import type { GraphStore } from '../../store/graph-store.ts';

const TEXT = '"The sea wall holds," Ines Varga said. "It will not," she added. "Nobody asked us," a resident said.';
const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

/** Three quotes whose speakers were decided by cues of high, low and unknown confidence; 1 is written as a whole number. */
const attributedArticle: Extraction = {
  document: { id: 'e'.repeat(64), title: 'Sea wall', date: '2026-11-09', source: 'sea-wall.txt' },
  entities: [{ id: 'person:ines-varga', type: 'Person', name: 'Ines Varga', aliases: [], mentions: [at('Ines Varga')] }],
  quotes: [
    { ...at('"The sea wall holds,"'), text: 'The sea wall holds,', kind: 'direct', speaker: 'person:ines-varga', via: null, about: [], rule: 'clause-after', confidence: 1 },
    { ...at('"It will not,"'), text: 'It will not,', kind: 'direct', speaker: 'person:ines-varga', via: null, about: [], rule: 'clause-after-resolved', confidence: 0.55 },
    { ...at('"Nobody asked us,"'), text: 'Nobody asked us,', kind: 'direct', speaker: null, via: null, about: [] },
  ],
  relations: [],
  events: [],
};

const byText = (quotes: { text: string; rule: string | null; confidence: number | null }[]) =>
  Object.fromEntries(quotes.map((quote) => [quote.text, [quote.rule, quote.confidence]]));

/** Each quote's attribution (rule and confidence) is kept, answered, filtered on and set by a correction; run inside the store contract. */
export function describeQuoteAttributionContract(name: string, getStore: () => GraphStore): void {
  describe(`quote attributions: ${name}`, () => {
    let store: GraphStore;

    beforeEach(async () => {
      store = getStore();
      await store.writeExtraction(attributedArticle, { source: 'sea-wall.txt', ingestedAt: '2026-11-23T10:00:00.000Z', text: TEXT });
    });

    it("answers each quote's rule and confidence in quote pages, a speaker's quotes and the document view, null where the extraction gave none", async () => {
      const expected = {
        'The sea wall holds,': ['clause-after', 1],
        'It will not,': ['clause-after-resolved', 0.55],
        'Nobody asked us,': [null, null],
      };
      expect(byText((await store.findQuotes({ document: attributedArticle.document.id, limit: 10 })).quotes)).toEqual(expected);
      const { 'Nobody asked us,': _, ...spoken } = expected;
      expect(byText(await store.quotesBySpeaker('person:ines-varga'))).toEqual(spoken);
      const document = await store.getDocument(attributedArticle.document.id);
      expect(document?.quotes.map((quote) => [quote.rule, quote.confidence])).toEqual(Object.values(expected));
    });

    it('keeps only the quotes at or above minConfidence, and leaves out those of unknown confidence', async () => {
      const texts = async (minConfidence: number) =>
        (await store.findQuotes({ document: attributedArticle.document.id, minConfidence, limit: 10 })).quotes.map((quote) => quote.text);
      expect(await texts(0.8)).toEqual(['The sea wall holds,']);
      expect(await texts(0.55)).toEqual(['The sea wall holds,', 'It will not,']);
      expect(await texts(0)).toEqual(['The sea wall holds,', 'It will not,']);
    });

    it('gives a quote whose speaker was set by hand the rule "correction" and confidence 1', async () => {
      const page = await store.findQuotes({ document: attributedArticle.document.id, limit: 10 });
      const unsure = page.quotes.find((quote) => quote.text === 'It will not,')!;
      const unknown = page.quotes.find((quote) => quote.text === 'Nobody asked us,')!;
      await store.addCorrection({ action: 'set-speaker', quote: unsure.id, speaker: null }, { editor: 'contract' });
      await store.addCorrection({ action: 'set-speaker', quote: unknown.id, speaker: 'person:ines-varga' }, { editor: 'contract' });
      const after = byText((await store.findQuotes({ document: attributedArticle.document.id, limit: 10 })).quotes);
      expect(after).toEqual({ 'The sea wall holds,': ['clause-after', 1], 'It will not,': ['correction', 1], 'Nobody asked us,': ['correction', 1] });
    });
  });
}
