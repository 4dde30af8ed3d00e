import { afterEach, describe, expect, it } from 'vitest';
import { createExtractPool, type ExtractPool } from '../../ingest/extract-pool.ts';
import type { Article } from '../../ingest/article.ts';

const article = (text: string): Article => ({ source: `${text}.txt`, format: 'txt', text });
const documentId = async (extracting: Promise<{ document: { id: string } }>) => (await extracting).document.id;

describe('createExtractPool', () => {
  let pool: ExtractPool | undefined;
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });

  it('fails only the article whose worker died, and extracts the ones waiting behind it with a new worker', async () => {
    pool = createExtractPool(1, { workerModule: new URL('../fixtures/crashing-extract-worker.ts', import.meta.url) });
    const [first, crash, after, later] = ['first', 'crash', 'after', 'later'].map((text) => pool!.extract(article(text)));

    expect(await documentId(first!)).toBe('first');
    await expect(crash).rejects.toThrow(/worker ended while extracting this article \(exit code 134\)/);
    expect(await documentId(after!)).toBe('after');
    expect(await documentId(later!)).toBe('later');
    expect(await documentId(pool.extract(article('next')))).toBe('next');
  });

  it('says why when its workers cannot start, instead of waiting for them', async () => {
    pool = createExtractPool(2, { workerModule: new URL('../fixtures/broken-extract-worker.ts', import.meta.url) });

    await expect(pool.extract(article('one'))).rejects.toThrow(/could not start: the lexicon could not be read/);
    await expect(pool.extract(article('two'))).rejects.toThrow(/could not start/);
  });
});
