import { beforeEach, describe, expect, it } from 'vitest';
import type { Extraction } from '../../model/extraction.ts';
import type { GraphStore } from '../../store/graph-store.ts';

const TEXT = 'Marsh said the CRO had no money left. "We will build it anyway," Marsh said of the CRO.';
const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

/** One reported statement and one quote of the governor about the office. */
const statementsArticle: Extraction = {
  document: { id: 'f'.repeat(64), title: 'Money for the wall', date: '2026-11-08', source: 'money.txt' },
  entities: [
    { id: 'person:lena-marsh', type: 'Person', name: 'Lena Marsh', aliases: ['Marsh'], mentions: [at('Marsh')] },
    { id: 'agency:cro', type: 'Agency', name: 'Coastal Resilience Office', aliases: ['CRO'], mentions: [at('CRO')] },
  ],
  quotes: [
    { ...at('the CRO had no money left'), text: 'the CRO had no money left', kind: 'indirect', speaker: 'person:lena-marsh', via: null, about: ['agency:cro'] },
    { ...at('"We will build it anyway,"'), text: 'We will build it anyway,', kind: 'direct', speaker: 'person:lena-marsh', via: null, about: ['agency:cro'] },
  ],
  relations: [],
  events: [],
};

/** SAID_ABOUT counts both kinds and says how many of each, through writes, corrections and deletes; run inside the store contract. */
export function describeSaidAboutKindsContract(name: string, getStore: () => GraphStore): void {
  describe(`speaker-to-subject counts of each kind: ${name}`, () => {
    let store: GraphStore;
    const marshAboutCro = async () =>
      (await store.saidAbout({ speakers: ['person:lena-marsh'], subjects: ['agency:cro'], limit: 10 })).map((cell) => [cell.count, cell.direct, cell.indirect]);

    beforeEach(async () => {
      store = getStore();
      await store.writeExtraction(statementsArticle, { source: 'money.txt', ingestedAt: '2026-11-23T10:00:00.000Z', text: TEXT });
    });

    it('counts quotes and reported statements together, and each kind apart', async () => {
      // the contract's flood article holds one quote of hers about the office
      expect(await marshAboutCro()).toEqual([[3, 2, 1]]);
    });

    it('counts only the statements of articles dated in a range when one is given, each kind apart', async () => {
      const dated = async (range: { from?: string; to?: string }) =>
        (await store.saidAbout({ speakers: ['person:lena-marsh'], subjects: ['agency:cro'], ...range, limit: 10 })).map((cell) => [cell.count, cell.direct, cell.indirect]);
      // this article of 8 Nov holds one of each kind; the flood article of 2 Nov one quote
      expect(await dated({ from: '2026-11-08', to: '2026-11-08' })).toEqual([[2, 1, 1]]);
      expect(await dated({ to: '2026-11-07' })).toEqual([[1, 1, 0]]);
      expect(await dated({ from: '2026-11-09' })).toEqual([]);
    });

    it('takes a reported statement out of the right count when its speaker is cleared, and the document out of both when it is deleted', async () => {
      const reported = (await store.findQuotes({ speaker: 'person:lena-marsh', kind: 'indirect', limit: 10 })).quotes[0]!;
      await store.addCorrection({ action: 'set-speaker', quote: reported.id, speaker: null }, { editor: 'contract' });
      expect(await marshAboutCro()).toEqual([[2, 2, 0]]);
      await store.deleteDocument(statementsArticle.document.id);
      expect(await marshAboutCro()).toEqual([[1, 1, 0]]);
    });
  });
}
