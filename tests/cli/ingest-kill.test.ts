import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedGraphStore } from '../../store/embedded/graph-store-embedded.ts';
import type { GraphCounts } from '../../store/graph-store.ts';

const CLI = join(process.cwd(), 'cli/ingest.ts');
const COPIES = 12;

let folder: string;

/** Runs the ingest CLI; with `killAfter`, SIGKILLs it once that many articles are reported done. */
function ingest(dataDir: string, killAfter?: number): Promise<{ code: number | null; signal: string | null; done: number; errors: string }> {
  return new Promise((resolve) => {
    // Node itself with tsx as a loader, not tsx's launcher: SIGKILL cannot be passed on, so killing the
    // launcher would leave the ingest running on, holding the store's lock.
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--workers', '0', join(folder, 'articles')], {
      env: { ...process.env, DATA_DIR: dataDir },
    });
    let done = 0;
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      done += (chunk.toString().match(/^(ingested|unchanged|replaced) /gm) ?? []).length;
      if (killAfter !== undefined && done >= killAfter) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => resolve({ code, signal, done, errors }));
  });
}

async function countsOf(dataDir: string): Promise<GraphCounts> {
  const store = await createEmbeddedGraphStore({ path: dataDir });
  try {
    return await store.counts();
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ingest-kill-'));
  await mkdir(join(folder, 'articles'));
  // Copies of the samples, each made a distinct document by its first line.
  const samples = (await readdir('samples')).filter((name) => /\.(txt|md)$/.test(name) && !/readme/i.test(name));
  for (let copy = 0; copy < COPIES; copy++) {
    for (const name of samples) {
      const text = await readFile(join('samples', name), 'utf8');
      await writeFile(join(folder, 'articles', `${copy}-${name}`), `Edition ${copy}\n${text}`);
    }
  }
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('an ingest killed in the middle of a batch', () => {
  it('resumes on the next run with nothing duplicated, nothing missing, and the store opening cleanly', async () => {
    const clean = join(folder, 'clean');
    const killed = join(folder, 'killed');
    const reference = await ingest(clean);
    expect(reference.code, reference.errors).toBe(0);
    const interrupted = await ingest(killed, 40);
    expect(interrupted.signal).toBe('SIGKILL');
    expect(interrupted.done).toBeLessThan(reference.done);
    const resumed = await ingest(killed);
    expect(resumed.code, resumed.errors).toBe(0);
    expect(await countsOf(killed)).toEqual(await countsOf(clean));
  }, 240_000);
});
