import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmbeddedGraphStore } from '../../store/embedded/graph-store-embedded.ts';

const run = promisify(execFile);
const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const CLI = join(process.cwd(), 'cli/ingest.ts');

const ARTICLE =
  'Harbor council backs seawall\n\nHARBORTON — Mayor Dana Whitlow said on Monday that the seawall would be finished by spring.\n\n' +
  '"We are not going to wait for another storm," Whitlow said.\n';

let folder: string;

async function ingest(...paths: string[]) {
  try {
    const { stdout, stderr } = await run(TSX, [CLI, ...paths], { env: { ...process.env, DATA_DIR: join(folder, 'data') } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ingest-cli-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('npm run ingest', () => {
  it('ingests the good articles, names each bad file with its reason, and exits 1', async () => {
    await writeFile(join(folder, 'good.txt'), ARTICLE);
    await writeFile(join(folder, 'empty.txt'), '');
    await writeFile(join(folder, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    await writeFile(join(folder, 'latin1.md'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9]));
    const result = await ingest(folder, join(folder, 'missing.txt'));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Ingested 1, skipped as unchanged 0, failed 4.');
    expect(result.stdout).toMatch(/empty\.txt.*empty/);
    expect(result.stdout).toMatch(/binary\.html.*binary/);
    expect(result.stdout).toMatch(/latin1\.md.*UTF-8/);
    expect(result.stdout).toMatch(/missing\.txt.*no such file/);
  }, 60_000);

  it('skips an article already in the store as unchanged', async () => {
    await writeFile(join(folder, 'good.txt'), ARTICLE);
    expect((await ingest(join(folder, 'good.txt'))).stdout).toContain('Ingested 1, skipped as unchanged 0, failed 0.');
    const again = await ingest(join(folder, 'good.txt'));
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Ingested 0, skipped as unchanged 1, failed 0.');
  }, 60_000);

  it("stores each file's source from the folder it was found under, not this machine's absolute path", async () => {
    await mkdir(join(folder, 'news', '2024'), { recursive: true });
    await writeFile(join(folder, 'news', '2024', 'good.txt'), ARTICLE);
    expect((await ingest(join(folder, 'news'))).code).toBe(0);
    const store = await createEmbeddedGraphStore({ path: join(folder, 'data') });
    try {
      const { rows } = await store.runReadQuery('MATCH (d:Document) RETURN d.source AS source');
      expect(rows).toEqual([{ source: 'news/2024/good.txt' }]);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('tells a second process that the store is open elsewhere, instead of crashing', async () => {
    await writeFile(join(folder, 'good.txt'), ARTICLE);
    const holder = await createEmbeddedGraphStore({ path: join(folder, 'data') });
    try {
      const result = await ingest(join(folder, 'good.txt'));
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain('is open in another process');
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await holder.close();
    }
  }, 60_000);
});
