import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listArticleFiles, readArticle } from '../../ingest/read-article.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'read-article-'));
  await mkdir(join(dir, 'nested', 'deeper'), { recursive: true });
  await writeFile(join(dir, 'a.txt'), 'Headline\n\nBody text.');
  await writeFile(join(dir, 'b.md'), '# Title\n\nText.');
  await writeFile(join(dir, 'nested', 'c.html'), '<p>Hello there</p>');
  await writeFile(join(dir, 'nested', 'deeper', 'd.txt'), 'Deep text.');
  await writeFile(join(dir, 'notes.json'), '{}');
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'blank.txt'), '  \n\t\n');
  await writeFile(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  await writeFile(join(dir, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x21]));
  await writeFile(join(dir, 'bom.txt'), '\ufeffText after a byte order mark.');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readArticle', () => {
  it.each([
    ['a.txt', 'txt', 'Headline\n\nBody text.'],
    ['b.md', 'md', '# Title\n\nText.'],
    ['nested/c.html', 'html', '<p>Hello there</p>'],
    ['bom.txt', 'txt', 'Text after a byte order mark.'],
  ])('reads %s as a %s article with its exact text', async (name, format, text) => {
    const result = await readArticle(join(dir, name));
    expect(result).toEqual({ ok: true, article: { source: join(dir, name), format, text } });
  });

  it.each([
    ['empty.txt', /empty/],
    ['blank.txt', /whitespace/],
    ['binary.txt', /binary/],
    ['latin1.txt', /UTF-8/],
    ['missing.txt', /no such file/],
    ['nested', /folder/],
  ])('reports %s with a one-line error naming the file', async (name, reason) => {
    const result = await readArticle(join(dir, name));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.source).toBe(join(dir, name));
    expect(result.error).toContain(join(dir, name));
    expect(result.error).toMatch(reason);
    expect(result.error).not.toContain('\n');
  });
});

describe('listArticleFiles', () => {
  it('finds .txt, .md and .html files in folders recursively and ignores other extensions', async () => {
    const files = await listArticleFiles([dir]);
    const names = files.map((file) => file.slice(dir.length + 1));
    expect(names).toContain('a.txt');
    expect(names).toContain('b.md');
    expect(names).toContain(join('nested', 'c.html'));
    expect(names).toContain(join('nested', 'deeper', 'd.txt'));
    expect(names).not.toContain('notes.json');
  });

  it('keeps files named directly, even missing ones, so that they are reported', async () => {
    const files = await listArticleFiles([join(dir, 'a.txt'), join(dir, 'gone.txt'), join(dir, 'a.txt')]);
    expect(files).toEqual([join(dir, 'a.txt'), join(dir, 'gone.txt')]);
  });
});
