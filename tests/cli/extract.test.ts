import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractionSchema } from '../../model/extraction.ts';

const cli = fileURLToPath(new URL('../../cli/extract.ts', import.meta.url));

function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', cli, ...args], (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'extract-cli-'));
  await mkdir(join(dir, 'in', 'nested'), { recursive: true });
  await writeFile(join(dir, 'in', '000_first.txt'), 'First Story\n\n“We will help our neighbors,” Gov. Jonah Corvin said.');
  await writeFile(join(dir, 'in', 'nested', 'second.md'), '# Second Story\n\nICE agents arrived in Aurora on Monday.');
  await writeFile(join(dir, 'in', 'page.html'), '<h1>Third Story</h1><p>The Pentagon said so.</p>');
  await writeFile(join(dir, 'in', 'notes.json'), '{}');
  await writeFile(join(dir, 'in', 'empty.txt'), '');
  await writeFile(join(dir, 'in', 'image.txt'), Buffer.from([0x89, 0x50, 0x00, 0x01]));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('extract CLI', () => {
  it('writes one JSON per article, names each bad file on stderr, and exits 1', async () => {
    const { code, stderr } = await runCli([join(dir, 'in'), '--out', join(dir, 'out')]);
    expect(code).toBe(1);
    expect((await readdir(join(dir, 'out'))).sort()).toEqual(['000_first.json', 'page.json', 'second.json']);
    const lines = stderr.trim().split('\n').filter((line) => line.startsWith('extract:'));
    expect(lines).toHaveLength(2);
    expect(lines.some((line) => line.includes('empty.txt') && /empty/.test(line))).toBe(true);
    expect(lines.some((line) => line.includes('image.txt') && /binary/.test(line))).toBe(true);
  }, 30_000);

  it('writes extractions that the schema accepts', async () => {
    const json = JSON.parse(await readFile(join(dir, 'out', '000_first.json'), 'utf8'));
    expect(() => extractionSchema.parse(json)).not.toThrow();
    expect(json.quotes[0].speaker).toBe('person:jonah-corvin');
  });

  it('exits 0 when every article is read', async () => {
    const { code } = await runCli([join(dir, 'in', '000_first.txt'), '--out', join(dir, 'out-ok')]);
    expect(code).toBe(0);
  }, 30_000);
});
