import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmbeddedGraphStore } from '../../store/embedded/graph-store-embedded.ts';
import type { DocumentSource } from '../../store/graph-store.ts';

const run = promisify(execFile);
const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const CLI = join(process.cwd(), 'cli/ingest.ts');

/** A short article whose text, and so whose document id, differs by its town. */
const article = (town: string) =>
  `${town} council backs seawall\n\n${town.toUpperCase()} — Mayor Dana Whitlow said on Monday that the seawall would be finished by spring.\n\n` +
  '"We are not going to wait for another storm," Whitlow said.\n';

let folder: string;

/** Runs `npm run ingest -- …` in the test's folder, so sources are paths from it as a user's would be. */
async function ingestCli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(TSX, [CLI, ...args], { cwd: folder, env: { ...process.env, DATA_DIR: join(folder, 'data') } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function storedDocuments(): Promise<DocumentSource[]> {
  const store = await createEmbeddedGraphStore({ path: join(folder, 'data') });
  try {
    const { rows } = await store.runReadQuery('MATCH (d:Document) RETURN d.id AS id, d.source AS source ORDER BY source');
    return rows as unknown as DocumentSource[];
  } finally {
    await store.close();
  }
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ingest-delete-'));
  await mkdir(join(folder, 'news', '2024'), { recursive: true });
  await mkdir(join(folder, 'old'));
  await writeFile(join(folder, 'news', '2024', 'flood.txt'), article('Harborton'));
  await writeFile(join(folder, 'old', 'flood.txt'), article('Calder Falls'));
  await writeFile(join(folder, 'budget.txt'), article('Port Alder'));
  expect((await ingestCli('news', 'old', 'budget.txt')).code).toBe(0);
}, 60_000);

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('npm run ingest -- --delete', () => {
  it('deletes none of the documents a shared file name matches and lists them with their ids; a path picks one; exit 1 for the rest', async () => {
    const before = await storedDocuments();
    expect(before.map((document) => document.source)).toEqual(['budget.txt', 'news/2024/flood.txt', 'old/flood.txt']);
    const result = await ingestCli('--delete', 'flood.txt', 'news/2024/flood.txt', 'missing.txt');
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('ambiguous flood.txt: 2 documents have this file name; deleted none. Give the path or the id of the one to delete:');
    expect(lines.slice(1, 3).map((line) => line.trim())).toEqual([
      `${before[1]!.id}  news/2024/flood.txt`,
      `${before[2]!.id}  old/flood.txt`,
    ]);
    expect(lines.slice(3)).toEqual([`deleted   news/2024/flood.txt (${before[1]!.id})`, 'not found missing.txt']);
    expect((await storedDocuments()).map((document) => document.source)).toEqual(['budget.txt', 'old/flood.txt']);
  }, 60_000);

  it('deletes by document id, by a file name only one document has, and by a ./ path, and exits 0', async () => {
    const [budget, news, old] = await storedDocuments();
    const result = await ingestCli('--delete', news!.id, 'budget.txt', './old/flood.txt');
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual([
      `deleted   ${news!.id}`,
      `deleted   budget.txt (${budget!.id})`,
      `deleted   old/flood.txt (${old!.id})`,
    ]);
    expect(await storedDocuments()).toEqual([]);
  }, 60_000);
});
