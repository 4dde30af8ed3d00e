import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestArticles } from '../../../ingest/index.ts';
import { undoCorrection } from '../../../ingest/corrections.ts';
import { createEmbeddedGraphStore } from '../../../store/embedded/graph-store-embedded.ts';
import type { GraphElements, GraphStore } from '../../../store/graph-store.ts';

const FLOOD =
  'Barack Obama met officials of the Federal Emergency Management Agency in Denver on Monday. ' +
  '"We will rebuild every home," Obama said about the flood. The Red Cross assists FEMA.';
const BUDGET =
  'President Barack Obama visited Chicago. "The budget is fair," said Obama. Senator John Smith opposes the budget and sued the Department of Labor.';
const EDITOR = { editor: 'test', now: () => new Date('2026-12-05T10:00:00.000Z') };

async function ingest(store: GraphStore, texts: Record<string, string>) {
  const summary = await ingestArticles(
    Object.entries(texts).map(([source, text]) => ({ source, format: 'txt' as const, text })),
    { store },
  );
  expect(summary.failed).toEqual([]);
}

/** The graph as an order-free picture: what "as if never made" is checked against. */
function picture(graph: GraphElements) {
  return {
    nodes: graph.nodes.map((node) => JSON.stringify(node)).sort(),
    edges: graph.edges.map((edge) => JSON.stringify(edge)).sort(),
  };
}

/** A later article alone in a store without corrections: shows it would re-create what a correction removed. */
async function withoutCorrections<T>(texts: Record<string, string>, read: (store: GraphStore) => Promise<T>): Promise<T> {
  const control = await createEmbeddedGraphStore({ path: ':memory:' });
  try {
    await ingest(control, texts);
    return await read(control);
  } finally {
    await control.close();
  }
}

const edgeIds = async (store: GraphStore) => (await store.overview(100)).edges.map((edge) => edge.id);

describe('corrections on the embedded store', () => {
  let folder: string;
  let store: GraphStore;

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'corrections-'));
    store = await createEmbeddedGraphStore({ path: folder });
    await ingest(store, { 'flood.txt': FLOOD, 'budget.txt': BUDGET });
  });

  afterEach(async () => {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('merges an entity into another: its mentions, relations, event links and names move and it is gone', async () => {
    const before = await store.getEntity('agency:fema');
    const correction = await store.addCorrection({ action: 'merge', into: 'agency:fema', entities: ['agency:dol'], note: 'same body' }, EDITOR);
    expect(correction).toMatchObject({ action: 'merge', arguments: { into: 'agency:fema', entities: ['agency:dol'] }, note: 'same body', editor: 'test', undone: false });
    expect(await store.searchEntities('department of labor', { type: 'Agency' }).then((found) => found.map((entity) => entity.id))).toEqual(['agency:fema']);
    // the merged-away id redirects to the entity it joined
    expect((await store.getEntity('agency:dol'))?.id).toBe('agency:fema');
    const fema = await store.getEntity('agency:fema');
    expect(fema?.aliases).toContain('Department of Labor');
    expect(fema?.mentions).toBe((before?.mentions ?? 0) + 1);
    expect(fema?.documents.map((document) => document.title).sort()).toHaveLength(2);
    const edges = await edgeIds(store);
    expect(edges).toContain('SUED:person:john-smith->agency:fema');
    expect(edges).toContain('OPPOSES:person:john-smith->agency:fema');
    expect(edges.some((id) => id.startsWith('INVOLVES:event:lawsuit') && id.endsWith('->agency:fema'))).toBe(true);
    expect(edges.filter((id) => id.includes('agency:dol'))).toEqual([]);
  });

  it('holds a merge for an article ingested after it: the merged-away id lands on the target', async () => {
    await store.addCorrection({ action: 'merge', into: 'agency:fema', entities: ['agency:dol'] }, EDITOR);
    const later = { 'later.txt': 'Senator John Smith sued the Department of Labor again on Friday.' };
    expect(await withoutCorrections(later, async (control) => (await control.getEntity('agency:dol'))?.documents.length)).toBe(1);
    await ingest(store, later);
    expect(await store.searchEntities('department of labor', { type: 'Agency' }).then((found) => found.map((entity) => entity.id))).toEqual(['agency:fema']);
    expect((await store.getEntity('agency:fema'))?.documents).toHaveLength(3);
  });

  it('renames an entity and keeps the old name as an alias, so search still finds it', async () => {
    await store.addCorrection({ action: 'rename', entity: 'agency:fema', name: 'FEMA (US)' }, EDITOR);
    const fema = await store.getEntity('agency:fema');
    expect(fema?.name).toBe('FEMA (US)');
    expect(fema?.aliases).toContain('Federal Emergency Management Agency');
    expect((await store.searchEntities('fema (us)')).map((entity) => entity.id)).toContain('agency:fema');
  });

  it('retypes an entity under a new id, recording the old one, with its edges', async () => {
    const correction = await store.addCorrection({ action: 'retype', entity: 'org:red-cross', type: 'Agency' }, EDITOR);
    expect(correction.facts.newId).toBe('agency:red-cross');
    expect((await store.getEntity('agency:red-cross'))?.type).toBe('Agency');
    expect((await store.searchEntities('red cross')).map((entity) => entity.id)).toEqual(['agency:red-cross']);
    // lookups of the old id redirect to the new one
    expect((await store.getEntity('org:red-cross'))?.id).toBe('agency:red-cross');
    expect((await store.getNeighborhood('org:red-cross'))?.nodes.map((node) => node.id)).toContain('agency:red-cross');
    expect(await edgeIds(store)).toContain('ASSISTS:agency:red-cross->agency:fema');
  });

  it('deletes "not an entity" with its edges, and its name never becomes an entity again', async () => {
    await store.addCorrection({ action: 'delete', entity: 'place:denver' }, EDITOR);
    expect(await store.getEntity('place:denver')).toBeNull();
    expect((await edgeIds(store)).filter((id) => id.includes('place:denver'))).toEqual([]);
    const later = { 'denver.txt': 'Officials of the Red Cross gathered in Denver on Tuesday.' };
    expect(await withoutCorrections(later, (control) => control.getEntity('place:denver'))).not.toBeNull();
    await ingest(store, later);
    expect(await store.getEntity('place:denver')).toBeNull();
    expect((await store.searchEntities('denver')).map((entity) => entity.id)).toEqual([]);
  });

  it('moves a quote to another speaker, and clears it', async () => {
    const [quote] = await store.quotesBySpeaker('person:barack-obama');
    const id = quote!.id;
    // John Smith may have statements of his own (reported speech): the correction adds one and takes it back.
    const own = (await store.quotesBySpeaker('person:john-smith')).map((each) => each.id);
    await store.addCorrection({ action: 'set-speaker', quote: id, speaker: 'person:john-smith' }, EDITOR);
    expect((await store.quotesBySpeaker('person:john-smith')).map((each) => each.id).sort()).toEqual([...own, id].sort());
    expect((await store.quotesBySpeaker('person:barack-obama')).map((each) => each.id)).not.toContain(id);
    await store.addCorrection({ action: 'set-speaker', quote: id, speaker: null }, EDITOR);
    expect((await store.quotesBySpeaker('person:john-smith')).map((each) => each.id).sort()).toEqual([...own].sort());
  });

  it('rejects a relation now and from later articles', async () => {
    await store.addCorrection({ action: 'reject-relation', from: 'person:john-smith', type: 'OPPOSES', to: 'agency:dol' }, EDITOR);
    expect(await edgeIds(store)).not.toContain('OPPOSES:person:john-smith->agency:dol');
    expect(await edgeIds(store)).toContain('SUED:person:john-smith->agency:dol');
    const later = { 'again.txt': 'Senator John Smith opposes the Department of Labor, his office said on Friday.' };
    expect(await withoutCorrections(later, edgeIds)).toContain('OPPOSES:person:john-smith->agency:dol');
    await ingest(store, later);
    expect(await edgeIds(store)).not.toContain('OPPOSES:person:john-smith->agency:dol');
  });

  it('undoes a merge: the graph is as it was before the correction', async () => {
    const before = picture(await store.overview(100));
    const correction = await store.addCorrection({ action: 'merge', into: 'agency:fema', entities: ['agency:dol'] }, EDITOR);
    expect(picture(await store.overview(100))).not.toEqual(before);
    const { rederived } = await undoCorrection(store, correction.id);
    expect(rederived).toBe(2);
    expect(picture(await store.overview(100))).toEqual(before);
    const [listed] = await store.listCorrections();
    expect(listed).toMatchObject({ id: correction.id, undone: true });
  });

  it('undoes a split: the graph is as it was before the split, with the merge it split still in force', async () => {
    await store.addCorrection({ action: 'merge', into: 'agency:fema', entities: ['agency:dol'] }, EDITOR);
    const merged = picture(await store.overview(100));
    const split = await store.addCorrection({ action: 'split', entity: 'agency:fema', aliases: ['Department of Labor'] }, EDITOR);
    expect(split.facts.newId).toBe('agency:department-of-labor');
    const edges = await edgeIds(store);
    expect(edges).toContain('SUED:person:john-smith->agency:department-of-labor');
    expect(edges).not.toContain('SUED:person:john-smith->agency:fema');
    expect((await store.getEntity('agency:fema'))?.aliases).not.toContain('Department of Labor');
    await undoCorrection(store, split.id);
    expect(picture(await store.overview(100))).toEqual(merged);
    expect(await store.getEntity('agency:department-of-labor')).toBeNull();
  });

  it('undoes a delete while another correction stays in force', async () => {
    await store.addCorrection({ action: 'rename', entity: 'agency:fema', name: 'FEMA (US)' }, EDITOR);
    const deletion = await store.addCorrection({ action: 'delete', entity: 'place:denver' }, EDITOR);
    await undoCorrection(store, deletion.id);
    expect((await store.getEntity('place:denver'))?.name).toBe('Denver');
    expect((await store.getEntity('agency:fema'))?.name).toBe('FEMA (US)');
  });

  it('lists corrections newest first, and keeps one whose entity is gone, marked stale', async () => {
    const first = await store.addCorrection({ action: 'rename', entity: 'person:john-smith', name: 'John Q. Smith' }, { editor: 'a', now: () => new Date('2026-12-05T10:00:00Z') });
    const second = await store.addCorrection({ action: 'rename', entity: 'agency:fema', name: 'FEMA (US)' }, { editor: 'b', now: () => new Date('2026-12-05T11:00:00Z') });
    const [budget] = await store.findDocumentsBySource('budget.txt');
    await store.deleteDocument(budget!.id);
    const listed = await store.listCorrections();
    expect(listed.map((each) => [each.id, each.stale])).toEqual([
      [second.id, false],
      [first.id, true],
    ]);
  });

  it('refuses a correction naming an unknown id, naming the field, and records nothing', async () => {
    await expect(store.addCorrection({ action: 'merge', into: 'agency:fema', entities: ['agency:nowhere'] }, EDITOR)).rejects.toThrow(
      /entities\.0: no entity has the id "agency:nowhere"/,
    );
    await expect(store.addCorrection({ action: 'set-speaker', quote: 'quote:none', speaker: null }, EDITOR)).rejects.toThrow(/quote:/);
    expect(await store.listCorrections()).toEqual([]);
  });

  it('keeps the log when the store is opened again', async () => {
    const correction = await store.addCorrection({ action: 'delete', entity: 'place:chicago' }, EDITOR);
    await store.close();
    store = await createEmbeddedGraphStore({ path: folder });
    expect((await store.listCorrections()).map((each) => each.id)).toEqual([correction.id]);
    expect(correction.facts.names).toEqual(['Chicago']);
  });
});
