import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../store/graph-store.ts';
import type { SplitRequest } from '../../model/corrections.ts';
import { JOINED_ARTICLE_TEXT, LATER_JOINED_TEXT, joinedArticle, laterJoinedArticle } from '../fixtures/split.fixtures.ts';

const EDITOR = { editor: 'contract', now: () => new Date('2026-12-06T09:00:00.000Z') };
const SPLIT: SplitRequest = { action: 'split', entity: 'person:michael-jordan', aliases: ['Kingdom of Jordan'], name: 'Jordan', type: 'Place' };

const meta = (source: string, text: string) => ({ source, ingestedAt: '2026-11-23T10:00:00.000Z', text });

/** Corrections every GraphStore adapter must apply the same way; run inside the store contract. */
export function describeCorrectionsContract(name: string, getStore: () => GraphStore): void {
  describe(`corrections contract: ${name}`, () => {
    let store: GraphStore;
    const edgesOf = async (id: string) => ((await store.getNeighborhood(id, { limit: 50 }))?.edges ?? []).map((edge) => edge.id).sort();

    beforeEach(async () => {
      store = getStore();
      await store.writeExtraction(joinedArticle, meta('jordan.txt', JOINED_ARTICLE_TEXT));
    });

    it('splits aliases off into a new entity with the mentions, quotes and edges read from them', async () => {
      const quotes = await store.quotesBySpeaker('person:michael-jordan');
      const training = quotes.find((quote) => quote.text.startsWith('We train'))?.id;
      const peace = quotes.find((quote) => quote.text.startsWith('Water is'))?.id;
      const correction = await store.addCorrection(SPLIT, EDITOR);
      expect(correction.facts.newId).toBe('place:jordan');

      const country = await store.getEntity('place:jordan');
      expect(country).toMatchObject({ type: 'Place', name: 'Jordan', mentions: 2 });
      expect(country?.aliases).toContain('Kingdom of Jordan');
      const person = await store.getEntity('person:michael-jordan');
      expect(person).toMatchObject({ name: 'Michael Jordan', mentions: 2 });
      expect(person?.aliases).not.toContain('Kingdom of Jordan');

      // each quote goes with the name of its speaker beside it
      expect((await store.quotesBySpeaker('person:michael-jordan')).map((quote) => quote.id)).toEqual([training]);
      expect((await store.quotesBySpeaker('place:jordan')).map((quote) => quote.id)).toEqual([peace]);
      expect(await edgesOf('place:jordan')).toEqual(['COOPERATES_WITH:place:jordan->agency:water-agency', 'SAID_ABOUT:place:jordan->agency:water-agency']);
      expect(await edgesOf('person:michael-jordan')).toEqual(['LOCATED_IN:person:michael-jordan->place:chicago']);
      const cells = await store.saidAbout({ subjects: ['agency:water-agency'], limit: 10 });
      expect(cells.map((cell) => [cell.speaker.id, cell.count])).toEqual([['place:jordan', 1]]);
      const document = await store.getDocument(joinedArticle.document.id);
      expect(document?.mentions.filter((mention) => mention.entityId === 'place:jordan').map((mention) => JOINED_ARTICLE_TEXT.slice(mention.start, mention.end))).toEqual([
        'Kingdom of Jordan',
        'Kingdom of Jordan',
      ]);
    });

    it('holds a split for an article written after it: the split-off names land on the new entity', async () => {
      await store.addCorrection(SPLIT, EDITOR);
      await store.writeExtraction(laterJoinedArticle, meta('jordan-later.txt', LATER_JOINED_TEXT));
      expect((await store.getEntity('place:jordan'))?.documents).toHaveLength(2);
      const person = await store.getEntity('person:michael-jordan');
      expect(person?.documents).toHaveLength(1);
      expect(person?.aliases).not.toContain('Kingdom of Jordan');
      expect(await edgesOf('person:michael-jordan')).toEqual(['LOCATED_IN:person:michael-jordan->place:chicago']);
    });

    it('refuses a split of a name the entity does not have, or of all its names, naming the field, and records nothing', async () => {
      await expect(store.addCorrection({ ...SPLIT, aliases: ['Jordan River'] }, EDITOR)).rejects.toThrow(/aliases\.0: "Jordan River" is not a name of "person:michael-jordan"/);
      await expect(store.addCorrection({ ...SPLIT, aliases: ['Michael Jordan', 'Jordan', 'Kingdom of Jordan'] }, EDITOR)).rejects.toThrow(/aliases: every name/);
      expect(await store.listCorrections()).toEqual([]);
      expect(await store.getEntity('place:jordan')).toBeNull();
    });

    it('keeps a split whose entity has gone, marked stale', async () => {
      await store.addCorrection(SPLIT, EDITOR);
      await store.deleteDocument(joinedArticle.document.id);
      expect((await store.listCorrections()).map((each) => [each.action, each.stale])).toEqual([['split', true]]);
    });
  });
}
