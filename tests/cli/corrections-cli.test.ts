import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportCorrections, importCorrections } from '../../cli/corrections.ts';
import { ingestArticles } from '../../ingest/index.ts';
import { createEmbeddedGraphStore } from '../../store/embedded/graph-store-embedded.ts';
import type { GraphStore } from '../../store/graph-store.ts';

const TEXT = 'Senator John Smith opposes the budget and sued the Department of Labor, his office said on Monday.';

async function storeWithArticle(): Promise<GraphStore> {
  const store = await createEmbeddedGraphStore({ path: ':memory:' });
  expect((await ingestArticles([{ source: 'smith.txt', format: 'txt', text: TEXT }], { store })).failed).toEqual([]);
  return store;
}

describe('npm run corrections -- export | import', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'corrections-cli-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('moves the log to another store, which applies it, and imports each correction once', async () => {
    const from = await storeWithArticle();
    const renamed = await from.addCorrection({ action: 'rename', entity: 'person:john-smith', name: 'J. Smith' }, { editor: 'Ada' });
    const file = join(folder, 'corrections.json');
    expect(await exportCorrections(from, file)).toBe(1);
    await from.close();
    expect(JSON.parse(readFileSync(file, 'utf8')).corrections[0]).toMatchObject({ id: renamed.id, editor: 'Ada' });

    const to = await storeWithArticle();
    expect(await importCorrections(to, file)).toEqual({ read: 1, imported: 1 });
    expect((await to.getEntity('person:john-smith'))?.name).toBe('J. Smith');
    expect((await to.listCorrections()).map((each) => [each.id, each.editor, each.time])).toEqual([[renamed.id, 'Ada', renamed.time]]);
    expect(await importCorrections(to, file)).toEqual({ read: 1, imported: 0 });
    await to.close();
  });

  it('refuses a file that is not a corrections export, naming the field, and imports nothing', async () => {
    const store = await storeWithArticle();
    const file = join(folder, 'bad.json');
    writeFileSync(file, JSON.stringify({ corrections: [{ id: 'x', action: 'explode' }] }));
    await expect(importCorrections(store, file)).rejects.toThrow(/field "corrections\.0\./);
    expect(await store.listCorrections()).toEqual([]);
    await store.close();
  });
});
