import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmbeddedGraphStore } from '../../store/embedded/graph-store-embedded.ts';
import type { GraphStore } from '../../store/graph-store.ts';

const run = promisify(execFile);
const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const CLI = join(process.cwd(), 'cli/ingest.ts');
const at = (time: string) => ({ editor: 'test', now: () => new Date(`2026-12-06T${time}:00.000Z`) });

const SEAWALL = 'Seawall vote\n\nMayor Dana Whitlow said on Monday that the Federal Emergency Management Agency would pay for the seawall.\n';
const BUDGET = 'Budget vote\n\nSenator John Smith said the Federal Emergency Management Agency had no money left.\n';

let folder: string;

async function ingestCli(...args: string[]) {
  const { stdout } = await run(TSX, [CLI, ...args], { cwd: folder, env: { ...process.env, DATA_DIR: join(folder, 'data') } });
  return stdout;
}

/** Opens the CLI's store between runs: one process at a time holds it. */
async function withStore<T>(read: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = await createEmbeddedGraphStore({ path: join(folder, 'data') });
  try {
    return await read(store);
  } finally {
    await store.close();
  }
}

const idOf = async (store: GraphStore, name: string) => (await store.searchEntities(name))[0]!.id;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ingest-delete-corrections-'));
  await writeFile(join(folder, 'seawall.txt'), SEAWALL);
  await writeFile(join(folder, 'budget.txt'), BUDGET);
  await ingestCli('seawall.txt', 'budget.txt');
}, 60_000);

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('corrections around npm run ingest -- --delete', () => {
  it('keeps a correction whose entity went with the deleted file, marked stale, and applies it again when the file comes back', async () => {
    const [mayor, agency] = await withStore(async (store) => {
      const ids = [await idOf(store, 'Dana Whitlow'), await idOf(store, 'Federal Emergency Management Agency')] as const;
      await store.addCorrection({ action: 'rename', entity: ids[0], name: 'Dana J. Whitlow' }, at('02:00'));
      await store.addCorrection({ action: 'rename', entity: ids[1], name: 'FEMA' }, at('02:01'));
      return ids;
    });

    await ingestCli('--delete', 'seawall.txt');
    await withStore(async (store) => {
      const listed = await store.listCorrections();
      expect(listed.map((each) => [each.arguments.entity, each.stale])).toEqual([
        [agency, false],
        [mayor, true],
      ]);
      expect(await store.getEntity(mayor)).toBeNull();
      expect((await store.getEntity(agency))?.name).toBe('FEMA');
    });

    await ingestCli('seawall.txt');
    await withStore(async (store) => {
      expect((await store.getEntity(mayor))?.name).toBe('Dana J. Whitlow');
      expect((await store.getEntity(agency))?.name).toBe('FEMA');
      expect((await store.listCorrections()).map((each) => each.stale)).toEqual([false, false]);
    });
  }, 90_000);
});
