import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../store/graph-store.ts';
import type { CorrectionRequest, SplitRequest } from '../../model/corrections.ts';
import type { Extraction } from '../../model/extraction.ts';
import { JOINED_ARTICLE_TEXT, LATER_JOINED_TEXT, joinedArticle, laterJoinedArticle } from '../fixtures/split.fixtures.ts';
import { FLOOD_ARTICLE_TEXT, budgetArticle, floodArticle } from '../fixtures/extractions.fixtures.ts';

const EDITOR = { editor: 'contract', now: () => new Date('2026-12-06T09:00:00.000Z') };
const SPLIT: SplitRequest = { action: 'split', entity: 'person:michael-jordan', aliases: ['Kingdom of Jordan'], name: 'Jordan', type: 'Place' };

const meta = (source: string, text: string) => ({ source, ingestedAt: '2026-11-23T10:00:00.000Z', text });
/** Two agencies extraction kept apart: the case a merge mends. */
const MERGE: CorrectionRequest = { action: 'merge', into: 'agency:cro', entities: ['agency:water-agency'] };
/** The store contract's articles, then this contract's own, as written before each test, for an undo to derive again. */
const WRITTEN = [
  { extraction: floodArticle, meta: meta('flood.txt', FLOOD_ARTICLE_TEXT) },
  { extraction: budgetArticle, meta: meta('budget.md', 'budget text') },
  { extraction: joinedArticle, meta: meta('jordan.txt', JOINED_ARTICLE_TEXT) },
];

/** An article naming people by these names ("Wren" alone, or "Ada Wren") `times` times each; the first one says something. */
function namingArticle(n: string, people: Array<[id: string, name: string]>, times = 1): { extraction: Extraction; meta: ReturnType<typeof meta> } {
  const names = people.map(([, name]) => name).join(' and ');
  const sentence = `${names} spoke. `;
  const text = `${sentence.repeat(times)}"The tide gauges need money now," one said.`;
  const spansOf = (name: string) => Array.from({ length: times }, (_, i) => i * sentence.length + names.indexOf(name)).map((start) => ({ start, end: start + name.length }));
  const extraction: Extraction = {
    document: { id: n.repeat(64), title: `Article ${n}`, date: null, source: `wren-${n}.txt` },
    entities: people.map(([id, name]) => ({ id, type: 'Person', name, aliases: [], mentions: spansOf(name) })),
    quotes: [{ text: 'The tide gauges need money now,', start: text.indexOf('The tide'), end: text.indexOf('now,') + 4, speaker: people[0]![0], via: null, about: [] }],
    relations: [],
    events: [],
  };
  return { extraction, meta: meta(`wren-${n}.txt`, text) };
}

/** Corrections every GraphStore adapter must apply the same way; run inside the store contract. */
export function describeCorrectionsContract(name: string, getStore: () => GraphStore): void {
  describe(`corrections contract: ${name}`, () => {
    let store: GraphStore;
    /** The overview as an order-free picture: what "as if never made" is checked against. */
    const pictureOf = async () => {
      const { nodes, edges } = await store.overview(100);
      return JSON.stringify([nodes.map((node) => JSON.stringify(node)).sort(), edges.map((edge) => JSON.stringify(edge)).sort()]);
    };
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

    it('merges an entity into another: its mentions, quotes, relations and names move, and its id leads to the target', async () => {
      await store.addCorrection(MERGE, EDITOR);
      const merged = await store.getEntity('agency:water-agency');
      expect(merged).toMatchObject({ id: 'agency:cro', name: 'Coastal Resilience Office' });
      expect(merged?.aliases).toContain('Water Agency');
      expect(merged?.documents).toHaveLength(3);
      expect(await edgesOf('agency:cro')).toContain('COOPERATES_WITH:person:michael-jordan->agency:cro');
      const cells = await store.saidAbout({ subjects: ['agency:cro'], limit: 10 });
      expect(cells.map((cell) => [cell.speaker.id, cell.count]).sort()).toEqual([['person:lena-marsh', 1], ['person:michael-jordan', 1]]);
      expect((await store.searchEntities('Water Agency')).map((found) => found.id)).toEqual(['agency:cro']);
    });

    it('holds a merge for an article written after it: the merged-away name lands on the target', async () => {
      await store.addCorrection(MERGE, EDITOR);
      const agencies = (await store.counts()).entities.Agency;
      await store.writeExtraction(laterJoinedArticle, meta('jordan-later.txt', LATER_JOINED_TEXT));
      expect((await store.counts()).entities.Agency).toBe(agencies);
      expect((await store.searchEntities('Water Agency')).map((found) => found.id)).toEqual(['agency:cro']);
      expect((await store.getEntity('agency:cro'))?.documents).toHaveLength(4);
    });

    it('undoes a merge: the graph is as it was before, and the log keeps it, undone', async () => {
      const before = await pictureOf();
      const correction = await store.addCorrection(MERGE, EDITOR);
      expect(await pictureOf()).not.toBe(before);
      const rederived = { documents: WRITTEN.map((item) => item.extraction.document.id), items: WRITTEN };
      expect(await store.undoCorrection(correction.id, rederived)).toMatchObject({ id: correction.id, undone: true });
      expect(await pictureOf()).toBe(before);
      expect((await store.getEntity('agency:water-agency'))?.id).toBe('agency:water-agency');
      expect((await store.listCorrections()).map((each) => [each.id, each.undone])).toEqual([[correction.id, true]]);
      expect(await store.undoCorrection('no-such-correction', rederived)).toBeNull();
    });

    it('merges a stored surname into the person a later article names in full, says why, and an undo keeps them apart', async () => {
      const alone = namingArticle('1', [['person:wren', 'Wren']]);
      // named often enough that a surname alone leaves no doubt
      const full = namingArticle('2', [['person:ada-wren', 'Ada Wren']], 20);
      const again = namingArticle('3', [['person:wren', 'Wren']]);
      for (const { extraction, meta: written } of [alone, full, again]) await store.writeExtraction(extraction, written);

      expect((await store.getEntity('person:wren'))?.id).toBe('person:ada-wren');
      expect(await store.quotesBySpeaker('person:ada-wren')).toHaveLength(3);
      const [merge, ...others] = await store.listCorrections();
      expect(others).toEqual([]);
      expect(merge).toMatchObject({ action: 'merge', editor: 'resolution', arguments: { into: 'person:ada-wren', entities: ['person:wren'] } });
      expect(merge?.note).toBe('"Wren" alone joined Ada Wren (named 20 times), the only person of that surname the archive knows.');

      const rederived = { documents: [alone, full, again].map((item) => item.extraction.document.id), items: [alone, full, again] };
      await store.undoCorrection(merge!.id, rederived);
      expect((await store.getEntity('person:wren'))?.id).toBe('person:wren');
      await store.writeExtraction(namingArticle('4', [['person:wren', 'Wren']]).extraction, namingArticle('4', [['person:wren', 'Wren']]).meta);
      expect((await store.getEntity('person:wren'))?.documents).toHaveLength(3);
      expect(await store.quotesBySpeaker('person:ada-wren')).toHaveLength(1);
      expect((await store.listCorrections()).map((each) => [each.editor, each.undone])).toEqual([['resolution', true]]);
    });

    it('keeps a merge whose target has gone with its articles, marked stale', async () => {
      await store.addCorrection({ action: 'merge', into: 'place:chicago', entities: ['place:harborton'] }, EDITOR);
      await store.deleteDocument(joinedArticle.document.id);
      await store.deleteDocument(floodArticle.document.id);
      expect(await store.getEntity('place:chicago')).toBeNull();
      expect((await store.listCorrections()).map((each) => [each.action, each.stale])).toEqual([['merge', true]]);
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
