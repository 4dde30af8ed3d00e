import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { budgetArticle, floodArticle, FLOOD_ARTICLE_TEXT } from '../fixtures/extractions.fixtures.ts';
import type { Extraction } from '../../model/extraction.ts';
import type { GraphStore } from '../../store/graph-store.ts';
import { describeCorrectionsContract } from './corrections.contract.ts';
import { describeQuoteAttributionContract } from './quote-attribution.contract.ts';
import { describeSaidAboutKindsContract } from './said-about-kinds.contract.ts';

const meta = (extraction: Extraction) => ({
  source: extraction.document.source ?? 'test',
  ingestedAt: '2026-11-23T10:00:00.000Z',
  text: extraction === floodArticle ? FLOOD_ARTICLE_TEXT : 'budget text',
});

/** The behaviour every GraphStore adapter must have; run unchanged against each backend. */
export function describeGraphStoreContract(name: string, createStore: () => Promise<GraphStore>): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;

    beforeEach(async () => {
      store = await createStore();
      await store.writeExtraction(floodArticle, meta(floodArticle));
      await store.writeExtraction(budgetArticle, meta(budgetArticle));
    });

    afterEach(async () => {
      await store.close();
    });

    it('counts documents, entities by type, quotes and relations', async () => {
      const counts = await store.counts();
      expect(counts.documents).toBe(2);
      expect(counts.entities).toEqual({ Person: 1, Agency: 1, Organization: 1, Place: 1, Event: 1 });
      expect(counts.quotes).toBe(2);
      expect(counts.relations).toBe(2);
    });

    it('finds a document by its exact source, else by its file name, and lists every document a shared file name matches', async () => {
      const flood = floodArticle.document.id;
      const budget = budgetArticle.document.id;
      expect(await store.findDocumentsBySource('flood.txt')).toEqual([{ id: flood, source: 'flood.txt' }]);
      expect(await store.findDocumentsBySource('news/2024/budget.md')).toEqual([{ id: budget, source: 'budget.md' }]);
      expect(await store.findDocumentsBySource('missing.txt')).toEqual([]);
      expect(await store.findDocumentsBySource('ood.txt')).toEqual([]);

      const archived = { ...budgetArticle, document: { ...budgetArticle.document, id: 'c'.repeat(64), source: 'archive/flood.txt' } };
      await store.writeExtraction(archived, { ...meta(budgetArticle), source: 'archive/flood.txt', text: 'archived text' });
      expect(await store.findDocumentsBySource('flood.txt')).toEqual([{ id: flood, source: 'flood.txt' }]);
      expect(await store.findDocumentsBySource('archive/flood.txt')).toEqual([{ id: 'c'.repeat(64), source: 'archive/flood.txt' }]);
      expect(await store.findDocumentsBySource('other/flood.txt')).toEqual([
        { id: 'c'.repeat(64), source: 'archive/flood.txt' },
        { id: flood, source: 'flood.txt' },
      ]);
    });

    it('counts the documents, or those whose source starts with a prefix', async () => {
      expect(await store.countDocuments()).toBe(2);
      expect(await store.countDocuments('flood')).toBe(1);
      expect(await store.countDocuments('samples/')).toBe(0);
    });

    it('writes the same article twice as unchanged, with the counts as before', async () => {
      const before = await store.counts();
      expect(await store.writeExtraction(floodArticle, meta(floodArticle))).toEqual({ status: 'unchanged' });
      expect(await store.counts()).toEqual(before);
    });

    it('merges one entity named in two articles into one node with both aliases', async () => {
      const entity = await store.getEntity('person:lena-marsh');
      expect(entity?.name).toBe('Lena Marsh');
      expect(entity?.aliases).toEqual(expect.arrayContaining(['Marsh', 'Gov. Marsh', 'Governor Lena Marsh']));
      expect(entity?.mentions).toBe(3);
      expect(entity?.documents.map((doc) => doc.title).sort()).toEqual(['Budget talks stall', 'Governor pledges seawall']);
      expect(entity?.roles).toEqual([{ role: 'Governor', organization: expect.objectContaining({ id: 'place:harborton' }) }]);
      expect(entity?.quotesSaid).toBe(1);
      expect(entity?.quotesAbout).toBe(1);
    });

    it('finds entities by alias, ignoring case and accents, exact matches first', async () => {
      expect((await store.searchEntities('cro')).map((e) => e.id)).toEqual(['agency:cro']);
      expect((await store.searchEntities('MARSH'))[0]?.id).toBe('person:lena-marsh');
      expect((await store.searchEntities('Coastal Resilence'))[0]?.id).toBe('agency:cro');
      expect((await store.searchEntities('Harbortno'))[0]?.id).toBe('place:harborton');
      expect((await store.searchEntities('Hárborton', { type: 'Place' })).map((e) => e.id)).toEqual(['place:harborton']);
      expect(await store.searchEntities('harborton', { type: 'Person' })).toEqual([]);
    });

    it('returns null for an entity id that names nothing', async () => {
      expect(await store.getEntity('person:nobody')).toBeNull();
      expect(await store.getNeighborhood('person:nobody')).toBeNull();
    });

    it('returns a neighbourhood whose every edge has both ends among its nodes', async () => {
      const graph = await store.getNeighborhood('agency:cro');
      const ids = new Set(graph?.nodes.map((node) => node.id));
      expect(ids).toEqual(new Set(['agency:cro', 'person:lena-marsh', 'organization:harborton-ledger', 'event:seawall-rebuild']));
      expect(graph?.edges.length).toBeGreaterThan(0);
      for (const edge of graph?.edges ?? []) {
        expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      }
      expect(graph?.edges.map((edge) => edge.type)).toEqual(expect.arrayContaining(['OPPOSES', 'SAID_ABOUT', 'INVOLVES']));
    });

    it('draws all the edges of one type between two entities as one, with how many and from which articles', async () => {
      const again: Extraction = { ...budgetArticle, document: { ...budgetArticle.document, id: 'e'.repeat(64), source: 'budget-follow-up.md' } };
      await store.writeExtraction(again, { ...meta(budgetArticle), source: 'budget-follow-up.md' });
      const graph = await store.getNeighborhood('agency:cro');
      const opposes = graph?.edges.filter((edge) => edge.type === 'OPPOSES');
      expect(opposes).toHaveLength(1);
      expect(opposes?.[0]).toMatchObject({ source: 'agency:cro', target: 'organization:harborton-ledger', properties: { count: 2 } });
      expect((opposes?.[0]?.properties.documents as string[]).sort()).toEqual(['b'.repeat(64), 'e'.repeat(64)]);
      const saidAbout = graph?.edges.find((edge) => edge.type === 'SAID_ABOUT' && edge.source === 'agency:cro');
      expect(saidAbout?.properties).toEqual({ count: 2 });
    });

    it('keeps each relation\'s rule and confidence, and gives a drawn edge the best confidence and every rule behind it', async () => {
      const read = (rule: string, confidence: number) => budgetArticle.relations.map((relation) => ({ ...relation, rule, confidence }));
      const first: Extraction = { ...budgetArticle, document: { ...budgetArticle.document, id: 'e'.repeat(64), source: 'budget-2.md' }, relations: read('relation-verb', 0.79) };
      const second: Extraction = { ...budgetArticle, document: { ...budgetArticle.document, id: 'f'.repeat(64), source: 'budget-3.md' }, relations: read('party-label', 0.96) };
      await store.writeExtraction(first, { ...meta(budgetArticle), source: 'budget-2.md' });
      await store.writeExtraction(second, { ...meta(budgetArticle), source: 'budget-3.md' });
      const opposes = (await store.getNeighborhood('agency:cro'))?.edges.find((edge) => edge.type === 'OPPOSES');
      expect(opposes?.properties.confidence).toBeCloseTo(0.96);
      expect((opposes?.properties.rules as string[]).sort()).toEqual(['party-label', 'relation-verb']);
      const { rows } = await store.runReadQuery(
        "MATCH (:Agency {id: 'agency:cro'})-[r:OPPOSES]->() WHERE r.rule IS NOT NULL RETURN r.rule AS rule, r.confidence AS confidence ORDER BY rule",
      );
      expect(rows).toEqual([{ rule: 'party-label', confidence: 0.96 }, { rule: 'relation-verb', confidence: 0.79 }]);
    });

    it('keeps a whole-number confidence beside fractions of the same relation type in one article', async () => {
      const [relation] = budgetArticle.relations.filter((r) => r.predicate === 'OPPOSES');
      const mixed: Extraction = {
        ...budgetArticle,
        document: { ...budgetArticle.document, id: 'e'.repeat(64), source: 'budget-mixed.md' },
        relations: [{ ...relation!, rule: 'party-label', confidence: 1 }, { ...relation!, evidence: { start: 0, end: 5 }, rule: 'relation-verb', confidence: 0.55 }],
      };
      await store.writeExtraction(mixed, { ...meta(budgetArticle), source: 'budget-mixed.md' });
      const { rows } = await store.runReadQuery(
        `MATCH ()-[r:OPPOSES]->() WHERE r.document = '${'e'.repeat(64)}' RETURN r.rule AS rule, r.confidence AS confidence ORDER BY rule`,
      );
      expect(rows).toEqual([{ rule: 'party-label', confidence: 1 }, { rule: 'relation-verb', confidence: 0.55 }]);
    });

    it('keeps the direction of the edges into the centre as of those out of it', async () => {
      const ledger = await store.getNeighborhood('organization:harborton-ledger');
      expect(ledger?.edges.find((edge) => edge.type === 'OPPOSES')).toMatchObject({ source: 'agency:cro', target: 'organization:harborton-ledger' });
      const cro = await store.getNeighborhood('agency:cro');
      expect(cro?.edges.find((edge) => edge.type === 'OPPOSES')).toMatchObject({ source: 'agency:cro', target: 'organization:harborton-ledger' });
      expect(cro?.edges.find((edge) => edge.type === 'INVOLVES')).toMatchObject({ source: 'event:seawall-rebuild', target: 'agency:cro' });
    });

    it('fills a neighbourhood with people, agencies, organisations and places before events, and gives events when asked', async () => {
      const small = await store.getNeighborhood('agency:cro', { limit: 2 });
      expect(small?.nodes.map((node) => node.id).sort()).toEqual(['agency:cro', 'organization:harborton-ledger', 'person:lena-marsh']);
      const events = await store.getNeighborhood('agency:cro', { types: ['Event'] });
      expect(events?.nodes.map((node) => node.id).sort()).toEqual(['agency:cro', 'event:seawall-rebuild']);
      expect(events?.edges.map((edge) => [edge.type, edge.source, edge.target])).toEqual([['INVOLVES', 'event:seawall-rebuild', 'agency:cro']]);
    });

    it('goes two hops out, filters neighbours by type and edges by relation', async () => {
      const two = await store.getNeighborhood('organization:harborton-ledger', { depth: 2 });
      expect(two?.nodes.map((node) => node.id)).toEqual(expect.arrayContaining(['agency:cro', 'person:lena-marsh', 'event:seawall-rebuild']));
      const people = await store.getNeighborhood('agency:cro', { types: ['Person'] });
      expect(people?.nodes.map((node) => node.id).sort()).toEqual(['agency:cro', 'person:lena-marsh']);
      const opposing = await store.getNeighborhood('agency:cro', { relations: ['OPPOSES'] });
      expect(opposing?.edges.map((edge) => edge.type)).toEqual(['OPPOSES']);
    });

    it('lists quotes by speaker and about a subject, with document and subjects', async () => {
      const said = await store.quotesBySpeaker('person:lena-marsh');
      expect(said).toHaveLength(1);
      expect(said[0]).toMatchObject({
        text: 'We will rebuild the seawall together,',
        context: expect.stringContaining('Marsh said of the CRO.'),
        speaker: { id: 'person:lena-marsh' },
        about: [{ id: 'agency:cro', type: 'Agency' }],
        document: { title: 'Governor pledges seawall' },
      });
      const about = await store.quotesAbout('person:lena-marsh');
      expect(about.map((quote) => [quote.speaker?.id, quote.via])).toEqual([['agency:cro', 'spokesperson']]);
    });

    it("lists a speaker's quotes newest article first and undated articles last", async () => {
      const copy = (n: string, title: string, date: string | null): Extraction => ({
        ...floodArticle,
        document: { ...floodArticle.document, id: n.repeat(64), title, date, source: `copy-${n}.txt` },
      });
      for (const extraction of [copy('c', 'Undated follow-up', null), copy('e', 'Seawall vote', '2026-11-20')]) {
        await store.writeExtraction(extraction, { ...meta(floodArticle), source: extraction.document.source! });
      }
      const said = await store.quotesBySpeaker('person:lena-marsh');
      expect(said.map((quote) => [quote.document.title, quote.document.date])).toEqual([
        ['Seawall vote', '2026-11-20'],
        ['Governor pledges seawall', '2026-11-02'],
        ['Undated follow-up', null],
      ]);
    });

    it('runs a parameterised read query and returns rows and the graph found in them', async () => {
      const result = await store.runReadQuery(
        'MATCH (p:Person {id: $id})-[r:AFFILIATED_WITH]->(o) RETURN p, r, o.name AS place',
        { params: { id: 'person:lena-marsh' } },
      );
      expect(result.columns).toEqual(['p', 'r', 'place']);
      expect(result.rows).toHaveLength(1);
      expect(result.rows[0]).toMatchObject({
        p: { id: 'person:lena-marsh', labels: ['Person'] },
        r: { type: 'AFFILIATED_WITH', start: 'person:lena-marsh', end: 'place:harborton', properties: { role: 'Governor' } },
        place: 'Harborton',
      });
      expect(result.graph.nodes.map((node) => node.id)).toEqual(['person:lena-marsh']);
      expect(result.truncated).toBe(false);
    });

    it('cuts a long answer at the row limit and says so', async () => {
      const result = await store.runReadQuery('UNWIND range(1, 100) AS n RETURN n', { rowLimit: 10 });
      expect(result.rows).toHaveLength(10);
      expect(result.truncated).toBe(true);
    });

    it.each([
      ["CREATE (p:Person {id: 'person:x'})"],
      ['MATCH (n) DETACH DELETE n'],
      ["MATCH (p:Person) SET p.name = 'x'"],
      ['MATCH (n) RETURN n; MATCH (m) DELETE m'],
    ])('refuses the write %s and leaves the graph unchanged', async (query) => {
      const before = await store.counts();
      await expect(store.runReadQuery(query)).rejects.toMatchObject({ code: 'CYPHER_WRITE_REFUSED' });
      expect(await store.counts()).toEqual(before);
    });

    it('answers a malformed query with a clear error', async () => {
      await expect(store.runReadQuery('MATCH (n RETURN n')).rejects.toMatchObject({ code: 'CYPHER_INVALID', status: 400 });
    });

    it('pages quotes filtered by speaker, subject, document and words', async () => {
      const all = await store.findQuotes({ limit: 1 });
      expect(all.quotes).toHaveLength(1);
      expect(all.quotes[0]?.document.title).toBe('Budget talks stall');
      const next = await store.findQuotes({ limit: 1, cursor: all.nextCursor ?? undefined });
      expect(next).toMatchObject({ quotes: [{ text: 'We will rebuild the seawall together,' }], nextCursor: null });
      expect((await store.findQuotes({ speaker: 'agency:cro', about: 'person:lena-marsh', limit: 10 })).quotes).toHaveLength(1);
      expect((await store.findQuotes({ document: 'a'.repeat(64), q: 'SEAWALL', limit: 10 })).quotes).toHaveLength(1);
      expect((await store.findQuotes({ speaker: 'person:lena-marsh', q: 'pumps', limit: 10 })).quotes).toEqual([]);
    });

    it.each([2, 100_000, Number.MAX_SAFE_INTEGER])('answers an empty last page for the cursor %d past the end', async (cursor) => {
      // ORDER BY … SKIP past the rows sorted crashed the embedded engine: a cursor must never become a SKIP
      expect(await store.findQuotes({ limit: 50, cursor })).toEqual({ quotes: [], nextCursor: null });
    });

    it('returns a document with the spans of its mentions, quotes and relations', async () => {
      const document = await store.getDocument('a'.repeat(64));
      expect(document).toMatchObject({ title: 'Governor pledges seawall', text: FLOOD_ARTICLE_TEXT, source: 'flood.txt' });
      expect(document?.mentions).toContainEqual({ entityId: 'person:lena-marsh', type: 'Person', name: 'Lena Marsh', start: 129, end: 134 });
      expect(document?.quotes).toEqual([{ id: expect.any(String), start: 86, end: 125, via: null, kind: 'direct', rule: null, confidence: null, speaker: { id: 'person:lena-marsh', name: 'Lena Marsh' } }]);
      expect(document?.relations).toEqual([
        { type: 'AFFILIATED_WITH', source: 'person:lena-marsh', target: 'place:harborton', role: 'Governor', start: 12, end: 84 },
      ]);
      expect(await store.getDocument('0'.repeat(64))).toBeNull();
    });

    it('counts who said what about whom, narrowed by speaker or subject', async () => {
      const cells = await store.saidAbout({ limit: 10 });
      expect(cells.map((cell) => [cell.speaker.id, cell.subject.id, cell.count, cell.direct, cell.indirect]).sort()).toEqual([
        ['agency:cro', 'person:lena-marsh', 1, 1, 0],
        ['person:lena-marsh', 'agency:cro', 1, 1, 0],
      ]);
      expect((await store.saidAbout({ speakers: ['agency:cro'], limit: 10 })).map((cell) => cell.subject.type)).toEqual(['Person']);
      expect(await store.saidAbout({ speakers: ['agency:cro'], subjects: ['agency:cro'], limit: 10 })).toEqual([]);
    });

    it('counts quotes and events per day and per week of their articles, for the archive and for one entity', async () => {
      const bar = (start: string, end: string, direct: number, events: number) => ({ start, end, direct, indirect: 0, events });
      expect(await store.timeline({ bucket: 'day' })).toEqual({
        bucket: 'day',
        bars: [bar('2026-11-02', '2026-11-02', 1, 1), bar('2026-11-05', '2026-11-05', 1, 0)],
        undated: { direct: 0, indirect: 0, events: 0 },
      });
      // both articles fall in the week from Monday 2 November
      expect((await store.timeline({ bucket: 'week' })).bars).toEqual([bar('2026-11-02', '2026-11-08', 2, 1)]);
      expect((await store.timeline({ bucket: 'day', entity: 'event:seawall-rebuild' })).bars).toEqual([bar('2026-11-02', '2026-11-02', 0, 1)]);
      expect((await store.timeline({ bucket: 'day', entity: 'place:harborton' })).bars).toEqual([bar('2026-11-02', '2026-11-02', 0, 1)]);
      expect((await store.timeline({ bucket: 'day', entity: 'person:nobody' })).bars).toEqual([]);
    });

    it('pages quotes of articles dated within a range, both ends included', async () => {
      const dates = async (range: { from?: string; to?: string }) => (await store.findQuotes({ limit: 10, ...range })).quotes.map((quote) => quote.document.date);
      expect(await dates({ from: '2026-11-03', to: '2026-11-05' })).toEqual(['2026-11-05']);
      expect(await dates({ to: '2026-11-02' })).toEqual(['2026-11-02']);
      expect(await dates({ from: '2026-11-06' })).toEqual([]);
    });

    it('draws agencies and organizations with the relations among them', async () => {
      const network = await store.agencyNetwork(50);
      expect(network.nodes.map((node) => node.id).sort()).toEqual(['agency:cro', 'organization:harborton-ledger']);
      expect(network.edges.map((edge) => [edge.source, edge.type, edge.target])).toEqual([['agency:cro', 'OPPOSES', 'organization:harborton-ledger']]);
    });

    it('replaces the document of a source that comes back with another text', async () => {
      const revised: Extraction = {
        ...budgetArticle,
        document: { ...budgetArticle.document, id: 'd'.repeat(64), title: 'Budget talks resume' },
        quotes: [],
        relations: [],
      };
      expect(await store.writeExtraction(revised, meta(budgetArticle))).toEqual({ status: 'replaced', previous: ['b'.repeat(64)] });
      const counts = await store.counts();
      expect(counts.documents).toBe(2);
      expect(counts.quotes).toBe(1);
      expect(counts.relations).toBe(1);
      expect(await store.hasDocument('b'.repeat(64))).toBe(false);
      expect((await store.getEntity('person:lena-marsh'))?.mentions).toBe(3);
      expect(await store.quotesAbout('person:lena-marsh')).toEqual([]);
    });

    it('deletes a document with its quotes and evidence, and the entities only it mentioned', async () => {
      expect(await store.deleteDocument('b'.repeat(64))).toBe(true);
      expect(await store.deleteDocument('b'.repeat(64))).toBe(false);
      const counts = await store.counts();
      expect(counts).toMatchObject({ documents: 1, quotes: 1, relations: 1 });
      expect(counts.entities.Organization).toBe(0);
      expect(await store.getEntity('organization:harborton-ledger')).toBeNull();
      expect((await store.getEntity('person:lena-marsh'))?.mentions).toBe(2);
      const saidAbout = await store.runReadQuery('MATCH (s)-[r:SAID_ABOUT]->(a) RETURN s.id AS s, a.id AS a, r.count AS n');
      expect(saidAbout.rows).toEqual([{ s: 'person:lena-marsh', a: 'agency:cro', n: 1 }]);
    });

    it('answers a read made again after a write, a replacement or a delete with the graph as it is now', async () => {
      const reads = async () => ({
        entity: (await store.getEntity('person:lena-marsh'))?.mentions,
        neighbours: (await store.getNeighborhood('person:lena-marsh'))?.nodes.map((node) => node.id).sort(),
        quotes: (await store.quotesAbout('person:lena-marsh')).length,
        found: (await store.searchEntities('ledger')).map((entity) => entity.id),
      });
      const before = await reads();
      expect(await reads()).toEqual(before);
      expect(await store.deleteDocument('b'.repeat(64))).toBe(true);
      const afterDelete = await reads();
      expect(afterDelete).toMatchObject({ entity: 2, quotes: 0, found: [] });
      expect(afterDelete.neighbours).not.toContain('organization:harborton-ledger');
      await store.writeExtraction(budgetArticle, meta(budgetArticle));
      expect(await reads()).toEqual(before);
    });

    it('writes a batch in which one bad article fails alone and the others are written', async () => {
      const good = (n: string): Extraction => ({
        ...budgetArticle,
        document: { ...budgetArticle.document, id: n.repeat(64), source: `batch-${n}.md` },
      });
      const bad: Extraction = { ...good('f'), relations: [{ ...budgetArticle.relations[0]!, evidence: { start: 'x' as unknown as number, end: 1 } }] };
      const outcomes = await store.writeExtractions(
        [good('e'), bad, good('9')].map((extraction) => ({ extraction, meta: { ...meta(budgetArticle), source: extraction.document.source! } })),
      );
      expect(outcomes.map((outcome) => outcome.status)).toEqual(['written', 'failed', 'written']);
      expect(outcomes[1]).toMatchObject({ error: { message: expect.stringContaining('startOffset') } });
      expect(await store.hasDocument('f'.repeat(64))).toBe(false);
      expect((await store.counts()).documents).toBe(4);
    });

    it('joins a later article\'s surname and typo forms to the known person, never a different first name', async () => {
      const later: Extraction = {
        document: { id: '7'.repeat(64), title: 'Later', date: null, source: 'later.txt' },
        entities: [
          { id: 'person:marsh', type: 'Person', name: 'Marsh', aliases: [], mentions: [{ start: 0, end: 5 }] },
          { id: 'person:lena-marsch', type: 'Person', name: 'Lena Marsch', aliases: [], mentions: [{ start: 10, end: 21 }] },
          { id: 'person:dana-marsh', type: 'Person', name: 'Dana Marsh', aliases: [], mentions: [{ start: 30, end: 40 }] },
          { id: 'agency:coastal-resilience-office', type: 'Agency', name: 'CRO', aliases: [], mentions: [{ start: 50, end: 53 }] },
        ],
        quotes: [{ text: 'We have a plan for it,', start: 60, end: 82, speaker: 'person:marsh', via: null, about: ['agency:coastal-resilience-office'] }],
        relations: [],
        events: [],
      };
      await store.writeExtraction(later, { ...meta(budgetArticle), source: 'later.txt' });
      const marsh = await store.getEntity('person:lena-marsh');
      expect(marsh?.aliases).toEqual(expect.arrayContaining(['Marsh', 'Lena Marsch']));
      expect(marsh?.quotesSaid).toBe(2);
      expect(await store.getEntity('person:marsh')).toBeNull();
      expect(await store.getEntity('person:dana-marsh')).not.toBeNull();
      expect((await store.getEntity('agency:cro'))?.documents).toHaveLength(3);
    });

    it('joins a surname to the known person even when hundreds of others share its first letters', async () => {
      // 600 people whose names hold "mar" (as "Marsh" does): a batch's prefix probes match them all.
      const crowd: Extraction = {
        document: { id: '6'.repeat(64), title: 'Crowd', date: null, source: 'crowd.txt' },
        entities: Array.from({ length: 600 }, (_, i) => ({
          id: `person:ann-mar${i}`, type: 'Person' as const, name: `Ann Mar${i}`, aliases: [], mentions: [{ start: i, end: i + 1 }],
        })),
        quotes: [], relations: [], events: [],
      };
      await store.writeExtraction(crowd, { ...meta(budgetArticle), source: 'crowd.txt' });
      const person = (id: string, name: string) => ({ id, type: 'Person' as const, name, aliases: [], mentions: [{ start: 0, end: name.length }] });
      const article = (n: string, entities: Extraction['entities']): Extraction => ({
        document: { id: n.repeat(64), title: n, date: null, source: `${n}.txt` }, entities, quotes: [], relations: [], events: [],
      });
      await store.writeExtraction(article('7', [person('person:jonah-marlow', 'Jonah Marlow')]), { ...meta(budgetArticle), source: '7.txt' });
      // Another name of the article probes "mar" before "Marlow" is looked up.
      await store.writeExtraction(article('5', [person('person:zed-marx', 'Zed Marx'), person('person:marlow', 'Marlow')]), { ...meta(budgetArticle), source: '5.txt' });
      expect(await store.getEntity('person:marlow')).toBeNull();
      expect((await store.getEntity('person:jonah-marlow'))?.aliases).toContain('Marlow');
    });

    it('writes an article whose entities have no mention spans', async () => {
      const bare: Extraction = {
        ...budgetArticle,
        document: { ...budgetArticle.document, id: '8'.repeat(64), source: 'bare.md' },
        entities: budgetArticle.entities.map((entity) => ({ ...entity, mentions: [] })),
      };
      expect(await store.writeExtraction(bare, { ...meta(budgetArticle), source: 'bare.md' })).toEqual({ status: 'written' });
    });

    it('leaves nothing behind when one statement of an article fails', async () => {
      const before = await store.counts();
      const broken: Extraction = {
        ...floodArticle,
        document: { ...floodArticle.document, id: 'c'.repeat(64) },
        entities: [...floodArticle.entities, { id: 'person:new-person', type: 'Person', name: 'New Person', aliases: [], mentions: [] }],
        quotes: [{ ...floodArticle.quotes[0]!, text: 'x'.repeat(10) }],
      };
      // a value of the wrong type in the last statement's rows makes the backend fail mid-transaction
      (broken.relations as unknown[]) = [{ ...floodArticle.relations[0]!, evidence: { start: 'not a number', end: 3 } }];
      await expect(store.writeExtraction(broken, meta(floodArticle))).rejects.toThrow();
      expect(await store.counts()).toEqual(before);
      expect(await store.hasDocument('c'.repeat(64))).toBe(false);
    });
    describeCorrectionsContract(name, () => store);
    describeSaidAboutKindsContract(name, () => store);
    describeQuoteAttributionContract(name, () => store);
  });
}
