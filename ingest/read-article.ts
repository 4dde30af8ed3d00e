import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { ARTICLE_FORMATS } from './article.ts';
import type { Article, ArticleFormat } from './article.ts';

/** What reading one article file gives: the article, or why it could not be read. */
export type ReadArticleResult =
  | { ok: true; article: Article }
  | { ok: false; source: string; error: string };

const FORMAT_OF_EXTENSION: Record<string, ArticleFormat> = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
};

/** The article format for a file name, or null when the extension is not an article's. */
export function toArticleFormat(path: string): ArticleFormat | null {
  const format = FORMAT_OF_EXTENSION[extname(path).toLowerCase()];
  return format && ARTICLE_FORMATS.includes(format) ? format : null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** An article file's bytes as text, or why they are not an article's text (no text at all, or not text). */
export function toArticleText(bytes: Uint8Array): { text: string } | { error: string; code: 'INGEST_EMPTY_TEXT' | 'INGEST_NOT_TEXT' } {
  if (bytes.length === 0) return { error: 'the file is empty', code: 'INGEST_EMPTY_TEXT' };
  // A NUL byte never appears in text: an image, a PDF, a zip…
  if (bytes.includes(0)) return { error: 'the file is binary, not text (it contains NUL bytes)', code: 'INGEST_NOT_TEXT' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { error: 'the file is not valid UTF-8; save it as UTF-8 and retry', code: 'INGEST_NOT_TEXT' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { error: 'the file holds only whitespace', code: 'INGEST_EMPTY_TEXT' };
  return { text };
}

/**
 * Reads one article file; never throws. `source` is what the article is stored as (the path itself unless given).
 * @example const result = await readArticle('corpus/000.txt'); if (result.ok) extractArticle(result.article);
 */
export async function readArticle(path: string, source: string = path): Promise<ReadArticleResult> {
  const format = toArticleFormat(path) ?? 'txt';
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder, not a file'
      : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    return { ok: false, source, error: `cannot read ${path}: ${reason}` };
  }
  const content = toArticleText(bytes);
  if ('error' in content) return { ok: false, source, error: `cannot read ${path}: ${content.error}` };
  return { ok: true, article: { source, format, text: content.text } };
}

/**
 * The article files named by `paths`: files as given (whatever their extension, so a bad one is
 * reported), folders searched recursively for .txt/.md/.html files but their READMEs, sorted;
 * duplicates dropped.
 * A path that does not exist is kept, so readArticle reports it by name.
 */
export async function listArticleFiles(paths: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) found.push(...(await listFolder(path)));
    else found.push(path);
  }
  return [...new Set(found)];
}

async function listFolder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    // Hidden files and a folder's README describe the folder; they are not articles.
    if (entry.name.startsWith('.') || /^readme\.(md|txt)$/i.test(entry.name)) continue;
    if (entry.isDirectory()) files.push(...(await listFolder(path)));
    else if (entry.isFile() && toArticleFormat(path)) files.push(path);
  }
  return files;
}
