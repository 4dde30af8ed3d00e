import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../../ingest/index.ts';
import { labelForEntityId } from '../../../model/graph-model.ts';
import type { SaidAboutRepair } from '../../../store/derive-said-about.ts';
import { createEmbeddedGraphStore } from '../../../store/embedded/graph-store-embedded.ts';
import { hasUnreplayedLog } from '../../../store/embedded/unclean-shutdown.ts';
import type { GraphStore } from '../../../store/graph-store.ts';
import { SAMPLES_DIR } from '../../support/start-sample-server.ts';

const COMMIT_THEN_KILL = join(import.meta.dirname, '../../fixtures/commit-then-kill.ts');

let folder: string;
let saidAboutBefore: string[];

/** Every speaker-to-subject edge with its counts, in order. */
async function readSaidAbout(store: GraphStore): Promise<string[]> {
  const { rows } = await store.runReadQuery('MATCH (s)-[r:SAID_ABOUT]->(a) RETURN s.id AS s, a.id AS a, r.count AS count, r.direct AS direct, r.indirect AS indirect', { rowLimit: 100_000 });
  return rows.map((row) => JSON.stringify(row)).sort();
}

/** Opens the store, reads it and closes it; returns what the open repaired (null: no repair ran) and the edges. */
async function openAndRead(): Promise<{ repair: SaidAboutRepair | null; saidAbout: string[] }> {
  let repair: SaidAboutRepair | null = null;
  const store = await createEmbeddedGraphStore({ path: folder, onRecovered: (done) => (repair = done) });
  try {
    return { repair, saidAbout: await readSaidAbout(store) };
  } finally {
    await store.close();
  }
}

/** Commits the statements on the bare engine in a child process that then kills itself with SIGKILL. */
function commitThenKill(...statements: string[]): void {
  const child = spawnSync(process.execPath, ['--import', 'tsx', COMMIT_THEN_KILL, join(folder, 'graph.kuzu'), ...statements], { encoding: 'utf8' });
  expect(child.signal, child.stderr).toBe('SIGKILL');
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'recovery-after-kill-'));
  const store = await createEmbeddedGraphStore({ path: folder });
  try {
    expect((await ingestPaths([SAMPLES_DIR], { store })).failed).toEqual([]);
    saidAboutBefore = await readSaidAbout(store);
  } finally {
    await store.close();
  }
  expect(saidAboutBefore.length).toBeGreaterThan(10);
}, 120_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('embedded store opened after its process was killed', () => {
  it('leaves no write-ahead log when closed cleanly, and runs no repair on the next open', async () => {
    expect(existsSync(join(folder, 'graph.kuzu'))).toBe(true);
    expect(hasUnreplayedLog(join(folder, 'graph.kuzu'))).toBe(false);
    expect(await openAndRead()).toEqual({ repair: null, saidAbout: saidAboutBefore });
  });

  it('derives the speaker-to-subject edges a replay lost or miscounted again from their quotes', async () => {
    const [lost, miscounted] = saidAboutBefore.map((row) => JSON.parse(row) as { s: string; a: string });
    const node = (id: string) => `(:${labelForEntityId(id)!} {id: '${id}'})`;
    // what a faulty replay of the log leaves: one edge gone, one count wrong, one edge no quote backs
    commitThenKill(
      `MATCH ${node(lost!.s)}-[r:SAID_ABOUT]->${node(lost!.a)} DELETE r`,
      `MATCH ${node(miscounted!.s)}-[r:SAID_ABOUT]->${node(miscounted!.a)} SET r.count = 99, r.direct = 99`,
      `MATCH (s:${labelForEntityId(lost!.a)!} {id: '${lost!.a}'}), (a:${labelForEntityId(lost!.s)!} {id: '${lost!.s}'}) ` +
        'WHERE NOT EXISTS { MATCH (s)-[:SAID_ABOUT]->(a) } CREATE (s)-[:SAID_ABOUT {count: 1, direct: 1, indirect: 0}]->(a)',
    );
    expect(hasUnreplayedLog(join(folder, 'graph.kuzu'))).toBe(true);

    expect(await openAndRead()).toEqual({ repair: { added: 1, recounted: 1, removed: 1 }, saidAbout: saidAboutBefore });
    // the repair is kept: the next open finds a sound store with nothing to replay
    expect(await openAndRead()).toEqual({ repair: null, saidAbout: saidAboutBefore });
  }, 60_000);

  it('finds nothing to repair after a kill that lost nothing', async () => {
    commitThenKill("MATCH (d:Document) WITH d LIMIT 1 SET d.title = d.title");
    expect(await openAndRead()).toEqual({ repair: { added: 0, recounted: 0, removed: 0 }, saidAbout: saidAboutBefore });
  }, 60_000);
});
